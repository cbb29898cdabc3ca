package io.coro.channels.mastodon;

import tools.jackson.databind.JsonNode;

/** Reading untrusted JSON: missing or mistyped fields give null or the default, and texts are bounded. */
final class Json {

    /** Longer texts from a server are cut: nothing it sends is shown or stored unbounded. */
    static final int MAX_TEXT = 2_000;

    private Json() {}

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.stringValue() : null;
    }

    /** Ids are strings in Mastodon's API; some servers send numbers. */
    static String id(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isString() && !value.stringValue().isBlank()) {
            return value.stringValue();
        }
        return value.isIntegralNumber() ? value.asString() : null;
    }

    static long number(JsonNode node, String field, long fallback) {
        JsonNode value = node.path(field);
        return value.isIntegralNumber() && value.asLong() > 0 ? value.asLong() : fallback;
    }

    static String bounded(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }

    /** A link a server gave, kept only when it is http(s): it may be shown to people as a link. */
    static String webLink(JsonNode node, String field) {
        String link = text(node, field);
        return link != null && (link.startsWith("https://") || link.startsWith("http://")) && link.length() < 2_000
                ? link
                : null;
    }
}
