package io.coro.channels.internal;

import io.coro.channels.spi.NetworkCapabilities;
import tools.jackson.databind.json.JsonMapper;

/** A channel's capabilities as stored (JSONB): read back the same. */
final class CapabilitiesJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CapabilitiesJson() {}

    static String write(NetworkCapabilities capabilities) {
        return JSON.writeValueAsString(capabilities);
    }

    static NetworkCapabilities read(String json) {
        return JSON.readValue(json, NetworkCapabilities.class);
    }
}
