package io.coro.team.internal;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A skill of the workspace's catalog, named and described by keywords in both languages. {@code needed}: the company
 * needs someone at level 3 or more; {@code sensitive}: a topic with brand-reputation risk (complaints), whose
 * holders are asked first when a question touches it.
 */
public record Competence(
        UUID id,
        String code,
        String nameEn,
        String nameIt,
        String keywordsEn,
        String keywordsIt,
        boolean needed,
        boolean sensitive) {

    public String name(String language) {
        return "it".equals(language) ? nameIt : nameEn;
    }

    /** The keyword phrases of both languages (and the names themselves), each split into its words. */
    public List<List<String>> keywordPhrases() {
        String all = nameEn + "," + nameIt + "," + keywordsEn + "," + keywordsIt;
        return Arrays.stream(all.split(","))
                .map(String::trim)
                .filter(k -> !k.isEmpty())
                .map(TextMatcher::words)
                .filter(words -> !words.isEmpty())
                .distinct()
                .toList();
    }
}
