package io.coro.team;

/** A competence of the workspace's catalog, as other modules see it. */
public record CompetenceRef(String code, String nameEn, String nameIt, boolean needed) {

    public String name(String language) {
        return "it".equals(language) ? nameIt : nameEn;
    }
}
