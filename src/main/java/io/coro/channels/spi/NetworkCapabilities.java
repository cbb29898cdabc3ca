package io.coro.channels.spi;

import java.util.Set;

/**
 * What a network accepts, as data: the editor, the governance checks and the dispatcher all read it.
 *
 * @param maxTextLength the longest text, in {@code lengthUnit}
 * @param lengthUnit how the network counts the text
 * @param maxImages images per post
 * @param maxImageBytes the largest image
 * @param imageTypes accepted image content types
 * @param altText whether images carry alt text
 * @param threads whether a long text can go out as a thread of posts
 */
public record NetworkCapabilities(
        int maxTextLength,
        LengthUnit lengthUnit,
        int maxImages,
        long maxImageBytes,
        Set<String> imageTypes,
        boolean altText,
        boolean threads) {

    public enum LengthUnit {
        /** user-perceived characters (Unicode extended grapheme clusters): Bluesky */
        GRAPHEMES,
        /** Unicode code points: Mastodon (where every link counts as 23) */
        CODE_POINTS
    }

    /** The length of a text as this network counts it. */
    public int lengthOf(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return switch (lengthUnit) {
            case GRAPHEMES ->
                (int) java.util.regex.Pattern.compile("\\X")
                        .matcher(text)
                        .results()
                        .count();
            case CODE_POINTS -> text.codePointCount(0, text.length());
        };
    }
}
