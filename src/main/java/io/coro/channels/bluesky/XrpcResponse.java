package io.coro.channels.bluesky;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * What a server answered to an XRPC call: the status, the headers and the JSON body (null when the body was not
 * JSON, which an XRPC server always sends, errors included: {@code {"error": "Name", "message": "..."}}).
 */
record XrpcResponse(int status, HttpHeaders headers, JsonNode body) {

    private static final Duration DEFAULT_WAIT = Duration.ofMinutes(1);
    private static final Duration LONGEST_WAIT = Duration.ofDays(1);

    boolean ok() {
        return status >= 200 && status < 300 && body != null;
    }

    boolean isJson() {
        return body != null;
    }

    /** The XRPC error name (InvalidRequest, ExpiredToken, RecordNotFound…), or null. */
    String error() {
        return text("error");
    }

    /** The server's own words about a failure, for people: its message, its error name, or the status. */
    String message() {
        String message = text("message");
        String error = error();
        if (message != null && !message.isBlank()) {
            return bounded(message);
        }
        return error != null ? bounded(error) : "HTTP " + status;
    }

    /** A field of the body as text, or null. */
    String text(String field) {
        JsonNode value = body == null ? null : body.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    /** An expired or unusable session token: renewing the session may help. */
    boolean sessionExpired() {
        String error = error();
        return status == 401 || "ExpiredToken".equals(error) || "InvalidToken".equals(error);
    }

    /**
     * How long to wait after a 429: Retry-After (seconds or a date), else RateLimit-Reset (epoch seconds, as the PDS
     * sends it), else a minute.
     */
    Duration retryAfter(Instant now) {
        Duration wait = fromRetryAfter(headers.getFirst(HttpHeaders.RETRY_AFTER), now);
        if (wait == null) {
            wait = fromReset(headers.getFirst("RateLimit-Reset"), now);
        }
        if (wait == null) {
            return DEFAULT_WAIT;
        }
        if (wait.isNegative() || wait.isZero()) {
            return Duration.ofSeconds(1);
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static Duration fromRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return Duration.between(now, at);
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static Duration fromReset(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long reset = Long.parseLong(value.trim());
            // an epoch second is past 2001; a smaller number is a count of seconds, as some servers send it
            return reset > 1_000_000_000L
                    ? Duration.between(now, Instant.ofEpochSecond(reset))
                    : Duration.ofSeconds(reset);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String bounded(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
