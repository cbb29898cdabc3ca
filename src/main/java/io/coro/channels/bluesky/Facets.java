package io.coro.channels.bluesky;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the links, mentions and hashtags of a post's text, as Bluesky's own app detects them, with the offsets
 * Bluesky wants: byte positions in the UTF-8 encoding of the text (an accented letter takes two bytes, an emoji
 * four), end exclusive. Mentions carry the handle; the adapter resolves it to a DID or drops the facet.
 */
final class Facets {

    enum Kind {
        LINK,
        MENTION,
        TAG
    }

    /** One facet: a byte range of the UTF-8 text and what it is (a URL, a handle, a tag without its #). */
    record Facet(int byteStart, int byteEnd, Kind kind, String value) {}

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern LINK =
            Pattern.compile("(?:^|\\s|\\()(https?://\\S+)", FLAGS | Pattern.CASE_INSENSITIVE);
    private static final Pattern MENTION = Pattern.compile("(?:^|\\s|\\()@([a-zA-Z0-9.-]+)", FLAGS);
    private static final String NOT_IN_TAG = "\\s\\x{00AD}\\x{2060}\\x{200A}\\x{200B}\\x{200C}\\x{200D}\\x{20E2}";
    // a tag needs one character that is neither a digit nor punctuation: #2024 is no tag, #giubileo2025 is
    private static final Pattern TAG = Pattern.compile(
            "(?:^|\\s)([#\\x{FF03}])((?!\\x{FE0F})[^" + NOT_IN_TAG + "]*[^0-9\\p{P}" + NOT_IN_TAG + "]+[^" + NOT_IN_TAG
                    + "]*)",
            FLAGS);
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("\\p{P}+$", FLAGS);
    private static final Pattern HANDLE = Pattern.compile(
            "([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?");
    private static final String TRAILING_IN_LINK = ".,;:!?\"'»”’…";
    static final int MAX_TAG_GRAPHEMES = 64;

    private Facets() {}

    /** Every facet of the text, in text order, none overlapping. */
    static List<Facet> detect(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Facet> found = new ArrayList<>();
        links(text, found);
        mentions(text, found);
        tags(text, found);
        found.sort(Comparator.comparingInt(Facet::byteStart));
        List<Facet> facets = new ArrayList<>();
        int end = 0;
        for (Facet facet : found) {
            if (facet.byteStart() >= end) {
                facets.add(facet);
                end = facet.byteEnd();
            }
        }
        return facets;
    }

    private static void links(String text, List<Facet> out) {
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            String uri = trimLink(m.group(1));
            if (uri.matches("(?i)https?://[^/?#]+.*")) {
                out.add(facet(text, m.start(1), m.start(1) + uri.length(), Kind.LINK, uri));
            }
        }
    }

    /** Drops punctuation that ends a sentence rather than the address, and a closing bracket it never opened. */
    static String trimLink(String uri) {
        String trimmed = uri;
        while (!trimmed.isEmpty()) {
            char last = trimmed.charAt(trimmed.length() - 1);
            boolean unopenedBracket = last == ')' && count(trimmed, '(') < count(trimmed, ')');
            if (TRAILING_IN_LINK.indexOf(last) < 0 && !unopenedBracket) {
                break;
            }
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static void mentions(String text, List<Facet> out) {
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String handle = m.group(1).replaceAll("[.-]+$", "");
            if (handle.length() <= 253 && HANDLE.matcher(handle).matches()) {
                int at = m.start(1) - 1;
                out.add(facet(text, at, m.start(1) + handle.length(), Kind.MENTION, handle.toLowerCase()));
            }
        }
    }

    private static void tags(String text, List<Facet> out) {
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            String tag = TRAILING_PUNCTUATION.matcher(m.group(2).strip()).replaceAll("");
            if (tag.isEmpty() || graphemes(tag) > MAX_TAG_GRAPHEMES) {
                continue;
            }
            int hash = m.start(1);
            out.add(facet(text, hash, m.start(2) + tag.length(), Kind.TAG, tag));
        }
    }

    private static Facet facet(String text, int start, int end, Kind kind, String value) {
        return new Facet(utf8Offset(text, start), utf8Offset(text, end), kind, value);
    }

    /** The position in the UTF-8 bytes of the text of the character at a Java (UTF-16) index. */
    static int utf8Offset(String text, int utf16Index) {
        return text.substring(0, utf16Index).getBytes(StandardCharsets.UTF_8).length;
    }

    static int graphemes(String text) {
        return (int) Pattern.compile("\\X").matcher(text).results().count();
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
