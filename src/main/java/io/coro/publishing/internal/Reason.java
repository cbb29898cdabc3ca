package io.coro.publishing.internal;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A reason Coro gives in its own words, stored in the ledger as {@code msg:key|arg|arg} and shown in the reader's
 * language; anything else stored is a network's own words, shown as they are.
 */
record Reason(String key, Object... args) {

    static Reason of(String key, Object... args) {
        return new Reason(key, args);
    }

    String encoded() {
        StringBuilder out = new StringBuilder("msg:").append(key);
        for (Object arg : args) {
            out.append('|').append(String.valueOf(arg).replace("|", "/"));
        }
        return out.toString();
    }

    /** A stored detail in the reader's language. */
    static String text(String stored, MessageSource messages, Locale locale) {
        if (stored == null || !stored.startsWith("msg:")) {
            return stored;
        }
        String[] parts = stored.substring(4).split("\\|", -1);
        Object[] args = Arrays.copyOfRange(parts, 1, parts.length, Object[].class);
        return messages.getMessage(parts[0], args, parts[0], locale);
    }
}
