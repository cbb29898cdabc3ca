package io.coro.team;

import java.util.List;
import java.util.UUID;

/**
 * A member who can answer a question, with why: the competences that matched (with their level), whether they speak
 * the question's language, and how much of their weekly capacity is taken.
 */
public record Candidate(
        UUID userId,
        String displayName,
        double score,
        List<MatchedSkill> skills,
        String questionLanguage,
        boolean speaksLanguage,
        int openItems,
        int weeklyCapacity,
        List<String> matchedAreas) {

    public record MatchedSkill(String code, String nameEn, String nameIt, int level) {

        public String name(String language) {
            return "it".equals(language) ? nameIt : nameEn;
        }
    }
}
