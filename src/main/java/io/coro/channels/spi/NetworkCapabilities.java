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
 * @param charactersPerUrl how much every link counts, whatever its length (23 on Mastodon); 0: as written
 */
public record NetworkCapabilities(
        int maxTextLength,
        LengthUnit lengthUnit,
        int maxImages,
        long maxImageBytes,
        Set<String> imageTypes,
        boolean altText,
        boolean threads,
        int charactersPerUrl) {

    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("https?://\\S+");

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
        if (charactersPerUrl > 0) {
            java.util.regex.Matcher links = URL.matcher(text);
            int linkCount = 0;
            StringBuilder rest = new StringBuilder();
            while (links.find()) {
                linkCount++;
                links.appendReplacement(rest, "");
            }
            links.appendTail(rest);
            return linkCount * charactersPerUrl + count(rest.toString());
        }
        return count(text);
    }

    private int count(String text) {
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
