package io.coro.channels.mastodon;

import io.coro.channels.spi.NetworkCapabilities;
import io.coro.channels.spi.NetworkCapabilities.LengthUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * What an instance accepts, read from its Instance entity when an account connects, and kept with the channel's
 * secrets so that {@link Mastodon#publish} checks a post against the same limits the editor showed, without a call.
 */
final class InstanceLimits {

    /** Mastodon's own defaults (docs.joinmastodon.org, methods/instance), used where an instance says nothing. */
    static final NetworkCapabilities DEFAULTS = new NetworkCapabilities(
            500,
            LengthUnit.CODE_POINTS,
            4,
            10 * 1024 * 1024,
            Set.of("image/jpeg", "image/png", "image/gif", "image/webp"),
            true,
            true,
            23);

    // Names of the secrets entries that carry the limits (the token is Mastodon.ACCESS_TOKEN).
    static final String MAX_CHARACTERS = "maxCharacters";
    static final String CHARACTERS_PER_URL = "charactersPerUrl";
    static final String MAX_IMAGES = "maxImages";
    static final String MAX_IMAGE_BYTES = "maxImageBytes";
    static final String IMAGE_TYPES = "imageTypes";

    private static final int MAX_TYPES = 32;

    private InstanceLimits() {}

    /**
     * Reads the v2 Instance entity, or the v1 one: both carry {@code configuration.statuses} and
     * {@code configuration.media_attachments}; some forks (Pleroma, Akkoma, glitch-soc) give the text limit as
     * {@code max_toot_chars} at the top level of v1 instead.
     */
    static NetworkCapabilities fromInstance(JsonNode instance) {
        JsonNode statuses = instance.path("configuration").path("statuses");
        JsonNode media = instance.path("configuration").path("media_attachments");
        long maxCharacters = Json.number(
                statuses, "max_characters", Json.number(instance, "max_toot_chars", DEFAULTS.maxTextLength()));
        Set<String> types = new LinkedHashSet<>();
        for (JsonNode type : media.path("supported_mime_types")) {
            if (type.isString() && type.stringValue().startsWith("image/") && types.size() < MAX_TYPES) {
                types.add(type.stringValue().toLowerCase(Locale.ROOT));
            }
        }
        return new NetworkCapabilities(
                (int) Math.min(maxCharacters, 1_000_000),
                LengthUnit.CODE_POINTS,
                (int) Math.min(Json.number(statuses, "max_media_attachments", DEFAULTS.maxImages()), 100),
                Json.number(media, "image_size_limit", DEFAULTS.maxImageBytes()),
                types.isEmpty() ? DEFAULTS.imageTypes() : Set.copyOf(types),
                true,
                true,
                (int) Math.min(
                        Json.number(statuses, "characters_reserved_per_url", DEFAULTS.charactersPerUrl()), 1_000));
    }

    static Map<String, String> toSecrets(NetworkCapabilities limits) {
        Map<String, String> secrets = new HashMap<>();
        secrets.put(MAX_CHARACTERS, Integer.toString(limits.maxTextLength()));
        secrets.put(CHARACTERS_PER_URL, Integer.toString(limits.charactersPerUrl()));
        secrets.put(MAX_IMAGES, Integer.toString(limits.maxImages()));
        secrets.put(MAX_IMAGE_BYTES, Long.toString(limits.maxImageBytes()));
        secrets.put(IMAGE_TYPES, String.join(",", limits.imageTypes()));
        return secrets;
    }

    /** The limits kept at connection; an entry missing (or unreadable) falls back to Mastodon's default. */
    static NetworkCapabilities fromSecrets(Map<String, String> secrets) {
        String types = secrets.get(IMAGE_TYPES);
        return new NetworkCapabilities(
                (int) number(secrets, MAX_CHARACTERS, DEFAULTS.maxTextLength()),
                LengthUnit.CODE_POINTS,
                (int) number(secrets, MAX_IMAGES, DEFAULTS.maxImages()),
                number(secrets, MAX_IMAGE_BYTES, DEFAULTS.maxImageBytes()),
                types == null || types.isBlank()
                        ? DEFAULTS.imageTypes()
                        : Arrays.stream(types.split(",")).map(String::strip).collect(Collectors.toUnmodifiableSet()),
                true,
                true,
                (int) number(secrets, CHARACTERS_PER_URL, DEFAULTS.charactersPerUrl()));
    }

    private static long number(Map<String, String> secrets, String name, long fallback) {
        try {
            String value = secrets.get(name);
            return value == null ? fallback : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
