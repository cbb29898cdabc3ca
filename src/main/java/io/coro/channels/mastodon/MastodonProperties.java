package io.coro.channels.mastodon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code coro.channels.mastodon.*}.
 *
 * @param scopes the OAuth scopes Coro registers and asks for: the narrowest that read the account and its statuses
 *     and post statuses with media. Changing them needs every Mastodon channel to be connected again, since a
 *     server refuses scopes its registration of Coro does not hold.
 * @param website the address shown with Coro's name on the server's authorization page; empty: none
 * @param connectTimeout how long to wait for a server to accept a connection
 * @param readTimeout how long to wait for an answer
 * @param uploadTimeout how long an image upload may take, sending included
 * @param mediaProcessingWait how long to wait for the server to finish processing an uploaded image
 */
@ConfigurationProperties("coro.channels.mastodon")
public record MastodonProperties(
        @DefaultValue("read:accounts read:statuses write:media write:statuses")
        String scopes,

        @DefaultValue("") String website,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("20s") Duration readTimeout,
        @DefaultValue("2m") Duration uploadTimeout,
        @DefaultValue("30s") Duration mediaProcessingWait) {}
