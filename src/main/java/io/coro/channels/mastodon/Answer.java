package io.coro.channels.mastodon;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * What a server answered: the status, the headers and the body when it is JSON (null otherwise, e.g. an HTML page:
 * then it is not Mastodon speaking).
 */
record Answer(int status, HttpHeaders headers, JsonNode json) {

    /** Mastodon's rate limits are counted over five minutes; the wait when a 429 does not say. */
    static final Duration DEFAULT_WAIT = Duration.ofMinutes(5);

    boolean ok() {
        return status >= 200 && status < 300;
    }

    boolean isJson() {
        return json != null;
    }

    /** A field of the JSON body as text, or null when absent or not text. */
    String text(String field) {
        return json == null ? null : Json.text(json, field);
    }

    /** An id field of the JSON body, or null. */
    String id(String field) {
        return json == null ? null : Json.id(json, field);
    }

    /**
     * The server's own words (the {@code error} of Mastodon's Error entity, with its {@code error_description} when
     * there is one), or the status when the body says nothing.
     */
    String error() {
        String error = text("error");
        String description = text("error_description");
        if (error == null) {
            return "HTTP " + status;
        }
        return Json.bounded(description == null ? error : error + ": " + description);
    }

    /**
     * How long to wait after a 429: Retry-After (seconds or an HTTP date) when present, as it is relative to the
     * server's own clock; else X-RateLimit-Reset, an ISO 8601 timestamp; else the length of Mastodon's window.
     */
    Duration retryAfter(Clock clock) {
        Instant now = clock.instant();
        String retryAfter = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (retryAfter != null) {
            try {
                return atLeastOneSecond(Duration.ofSeconds(Long.parseLong(retryAfter.strip())));
            } catch (NumberFormatException notSeconds) {
                Instant at = parse(retryAfter, DateTimeFormatter.RFC_1123_DATE_TIME);
                if (at != null) {
                    return atLeastOneSecond(Duration.between(now, at));
                }
            }
        }
        String reset = headers.getFirst("X-RateLimit-Reset");
        if (reset != null) {
            Instant at = parse(reset, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            if (at != null) {
                return atLeastOneSecond(Duration.between(now, at));
            }
        }
        return DEFAULT_WAIT;
    }

    private static Instant parse(String value, DateTimeFormatter format) {
        try {
            return format == DateTimeFormatter.ISO_OFFSET_DATE_TIME
                    ? OffsetDateTime.parse(value.strip(), format).toInstant()
                    : ZonedDateTime.parse(value.strip(), format).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration atLeastOneSecond(Duration wait) {
        return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
    }
}
