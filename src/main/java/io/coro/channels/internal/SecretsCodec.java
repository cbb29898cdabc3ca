package io.coro.channels.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A channel's secrets as one sealed JSON object, bound to its workspace and channel. */
final class SecretsCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SecretsCodec() {}

    static String seal(CredentialVault vault, UUID workspaceId, UUID channelId, Map<String, String> secrets) {
        return vault.seal(JSON.writeValueAsString(new TreeMap<>(secrets)), aad(workspaceId, channelId));
    }

    static Map<String, String> open(CredentialVault vault, UUID workspaceId, UUID channelId, String sealed) {
        return JSON.readValue(
                vault.open(sealed, aad(workspaceId, channelId)), new TypeReference<Map<String, String>>() {});
    }

    static String aad(UUID workspaceId, UUID channelId) {
        return "channel:" + workspaceId + ":" + channelId;
    }
}
