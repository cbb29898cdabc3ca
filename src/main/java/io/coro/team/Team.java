package io.coro.team;

import java.util.List;
import java.util.UUID;

/** What other modules may ask the team module. Every call is scoped to one workspace. */
public interface Team {

    /**
     * The members who can answer a question or topic (Italian or English), best first. Nobody out of office today or
     * at their weekly capacity is returned.
     */
    List<Candidate> whoCanAnswer(UUID workspaceId, String question, int limit);

    /**
     * The members best placed to write for something that needs these competences (by code), e.g. a content
     * pillar: by level and free capacity, leaving out anyone absent on {@code day} or at capacity.
     */
    List<Candidate> suggestFor(UUID workspaceId, List<String> competenceCodes, java.time.LocalDate day, int limit);

    /** The workspace's competence catalog. */
    List<CompetenceRef> competences(UUID workspaceId);

    /** Know-how in numbers, for the readiness checklist. */
    KnowHow knowHow(UUID workspaceId);

    /**
     * @param peopleWithSkills members (not viewers) with at least one competence recorded
     * @param gaps needed competences nobody holds at level 3 or more
     */
    record KnowHow(int peopleWithSkills, List<CompetenceRef> gaps, int singlePointsOfFailure) {}

    /** The member's autonomy in an area: the area's own level if set, else their general level. */
    AutonomyLevel autonomyOf(UUID workspaceId, UUID userId, String area);

    /** Work currently assigned to a member (open conversations, posts in progress), reported by other modules. */
    void reportOpenItems(UUID workspaceId, UUID userId, int openItems);

    /** The areas members of the workspace hold (e.g. "pastry", "customer care"), by name. */
    List<String> areas(UUID workspaceId);

    /** Whether the member holds the area (any case). */
    boolean holdsArea(UUID workspaceId, UUID userId, String area);
}
