package io.coro.team.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Matching a question against competence keywords, in Italian and English, without a search engine: lower case,
 * accents removed, stop words dropped, and two words match when one is a prefix of the other or they differ only in
 * their last letter ("torta"/"torte", "complaint"/"complaints", "dolce"/"dolci").
 */
public final class TextMatcher {

    private static final Set<String> ITALIAN = Set.of(
            "il",
            "lo",
            "la",
            "i",
            "gli",
            "le",
            "un",
            "uno",
            "una",
            "di",
            "del",
            "della",
            "dei",
            "delle",
            "a",
            "al",
            "alla",
            "da",
            "dal",
            "in",
            "nel",
            "nella",
            "con",
            "su",
            "per",
            "tra",
            "fra",
            "e",
            "ed",
            "o",
            "ma",
            "che",
            "chi",
            "come",
            "cosa",
            "quando",
            "dove",
            "perche",
            "non",
            "si",
            "mi",
            "ti",
            "ci",
            "vi",
            "ne",
            "se",
            "sono",
            "sei",
            "e'",
            "siamo",
            "avete",
            "ho",
            "hai",
            "ha",
            "abbiamo",
            "posso",
            "potete",
            "vorrei",
            "buongiorno",
            "ciao",
            "salve",
            "grazie",
            "mio",
            "mia",
            "vostro",
            "vostra",
            "questo",
            "questa",
            "quanto",
            "qual",
            "quale");
    private static final Set<String> ENGLISH = Set.of(
            "the", "a", "an", "of", "to", "in", "on", "for", "with", "and", "or", "but", "is", "are", "was", "were",
            "be", "do", "does", "did", "can", "could", "would", "will", "i", "you", "we", "my", "your", "our", "it",
            "this", "that", "what", "who", "how", "when", "where", "why", "which", "hello", "hi", "thanks", "please",
            "there", "have", "has", "at", "from", "about", "any", "me", "us", "if", "not", "no");

    private TextMatcher() {}

    /** The words of a text that carry meaning: normalized, without stop words of either language. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String token : normalize(text).split("[^a-z0-9]+")) {
            if (token.length() > 1 && !ITALIAN.contains(token) && !ENGLISH.contains(token)) {
                words.add(token);
            }
        }
        return words;
    }

    /** Lower case, accents removed ("perché" → "perche"). */
    public static String normalize(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    public static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.length() >= 4 && longer.startsWith(shorter)) {
            return true;
        }
        int common = 0;
        while (common < shorter.length() && shorter.charAt(common) == longer.charAt(common)) {
            common++;
        }
        return common >= 4 && common >= shorter.length() - 1 && longer.length() - common <= 2;
    }

    /**
     * How well a keyword (a word or phrase) occurs in the question's words: the number of its words when all occur,
     * else 0. Phrases weigh more than single words.
     */
    public static int match(List<String> keyword, List<String> question) {
        if (keyword.isEmpty()) {
            return 0;
        }
        for (String word : keyword) {
            boolean found = false;
            for (String q : question) {
                if (sameWord(word, q)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return 0;
            }
        }
        return keyword.size();
    }

    /** "it" or "en": the language whose stop words the text uses more; {@code fallback} on a tie. */
    public static String languageOf(String text, String fallback) {
        int italian = 0;
        int english = 0;
        for (String token : normalize(text).split("[^a-z']+")) {
            if (ITALIAN.contains(token)) {
                italian++;
            }
            if (ENGLISH.contains(token)) {
                english++;
            }
        }
        if (italian == english) {
            return "it".equals(fallback) ? "it" : "en";
        }
        return italian > english ? "it" : "en";
    }
}
