package io.coro.channels.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code coro.channels.*}.
 *
 * @param credentialKey the AES-256 key (base64) that encrypts channel credentials; empty: a key generated on first
 *     start into {@code <data-dir>/channel-credentials.key} (mode 0600)
 * @param previousKeys keys used before a rotation, still accepted for decrypting until every credential is
 *     re-encrypted with the current key
 */
@ConfigurationProperties("coro.channels")
public record ChannelsProperties(
        @DefaultValue("") String credentialKey,
        @DefaultValue List<String> previousKeys) {}
