package io.coro.plan.internal;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * How long a post may be on each channel, in graphemes (what a reader sees as one character: an emoji, a flag, a
 * letter with its accent). The one place these limits live; the editor, the checks and the publishing module read
 * them from here until each network adapter declares its own.
 */
public final class ChannelLimits {

    /** A channel Coro does not know yet gets a generous limit rather than none. */
    static final int UNKNOWN_CHANNEL = 5000;

    private static final Map<String, Integer> LIMITS = Map.of(
            "bluesky", 300,
            "mastodon", 500,
            "instagram", 2200,
            "facebook", 63206,
            "linkedin", 3000,
            "tiktok", 2200,
            "youtube", 5000);

    /** Channels with no length limit at all. */
    private static final java.util.Set<String> UNLIMITED = java.util.Set.of("newsletter");

    /*
     * Extended grapheme clusters by the regex engine's \X: on Java 17 java.text.BreakIterator still splits emoji ZWJ
     * sequences and flags (a family emoji counts 5), which the networks count as one; \X follows Unicode's rules.
     */
    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private ChannelLimits() {}

    /** The limit for a channel, by name (any case); empty for a channel without one. */
    public static OptionalInt limitOf(String channel) {
        String key = channel == null ? "" : channel.strip().toLowerCase(Locale.ROOT);
        if (UNLIMITED.contains(key)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(LIMITS.getOrDefault(key, UNKNOWN_CHANNEL));
    }

    public static int graphemes(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return (int) GRAPHEME.matcher(text).results().count();
    }

    /** Whether the text fits the channel. */
    public static boolean fits(String channel, String text) {
        OptionalInt limit = limitOf(channel);
        return limit.isEmpty() || graphemes(text) <= limit.getAsInt();
    }
}
