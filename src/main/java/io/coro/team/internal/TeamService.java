package io.coro.team.internal;

import io.coro.team.AutonomyLevel;
import io.coro.team.TeamEvents.AutonomyChanged;
import io.coro.team.TeamEvents.CompetenceLevelChanged;
import io.coro.team.TeamEvents.TeamProfileChanged;
import io.coro.workspace.CurrentMember;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the team. Only owners and coordinators change profiles, levels, attitudes and autonomy; a member records
 * their own absences and proposes their own skills. Every change is written to the team log with who and when.
 */
@Service
public class TeamService {

    private final Profiles profiles;
    private final Competences competences;
    private final Autonomies autonomies;
    private final TeamLog log;
    private final ApplicationEventPublisher events;

    TeamService(
            Profiles profiles,
            Competences competences,
            Autonomies autonomies,
            TeamLog log,
            ApplicationEventPublisher events) {
        this.profiles = profiles;
        this.competences = competences;
        this.autonomies = autonomies;
        this.log = log;
        this.events = events;
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public void saveProfile(
            CurrentMember me, UUID userId, String jobTitle, List<String> languages, int capacity, List<String> areas) {
        UUID ws = me.workspaceId();
        requireMember(ws, userId);
        profiles.save(ws, userId, jobTitle, languages, capacity);
        profiles.replaceAreas(ws, userId, areas);
        log.record(
                ws,
                me.userId(),
                userId,
                "PROFILE",
                jobTitle + " · " + String.join(" ", languages) + " · " + capacity + " · " + String.join(", ", areas));
        events.publishEvent(new TeamProfileChanged(ws, userId, "profile", me.userId()));
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR') or #userId == #me.userId()")
    public void addAbsence(CurrentMember me, UUID userId, LocalDate from, LocalDate to, String note) {
        UUID ws = me.workspaceId();
        requireMember(ws, userId);
        if (to.isBefore(from)) {
            throw new TeamProblem("endsOn", "team.absence.endBeforeStart");
        }
        profiles.addAbsence(ws, userId, from, to, note);
        log.record(ws, me.userId(), userId, "ABSENCE", from + " → " + to);
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR') or #userId == #me.userId()")
    public void removeAbsence(CurrentMember me, UUID userId, UUID absenceId) {
        if (profiles.removeAbsence(me.workspaceId(), userId, absenceId)) {
            log.record(me.workspaceId(), me.userId(), userId, "ABSENCE_REMOVED", "");
        }
    }

    /** Sets a member's level in a competence ({@code null}: they no longer hold it). */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public void setLevel(CurrentMember me, UUID userId, UUID competenceId, Integer level, String evidence) {
        UUID ws = me.workspaceId();
        requireMember(ws, userId);
        Competence competence = competences
                .find(ws, competenceId)
                .orElseThrow(() -> new TeamProblem("competenceId", "team.competence.unknown"));
        if (level != null && (level < 1 || level > 5)) {
            throw new TeamProblem("level", "team.level.range");
        }
        Integer old = competences.levelOf(ws, userId, competenceId).orElse(null);
        competences.setLevel(
                ws, userId, competenceId, level, evidence == null ? "" : evidence.trim(), LocalDate.now(), me.userId());
        if (!Objects.equals(old, level)) {
            log.record(ws, me.userId(), userId, "LEVEL", competence.code() + ": " + dash(old) + " → " + dash(level));
            events.publishEvent(new CompetenceLevelChanged(ws, userId, competenceId, old, level, me.userId()));
        } else {
            log.record(ws, me.userId(), userId, "EVIDENCE", competence.code());
        }
    }

    /** Records a trait; the form asks the coordinator to confirm the member agreed to it. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public void addAttitude(CurrentMember me, UUID userId, String trait) {
        UUID ws = me.workspaceId();
        requireMember(ws, userId);
        profiles.addAttitude(ws, userId, trait, me.userId());
        log.record(ws, me.userId(), userId, "ATTITUDE", trait.trim());
    }

    /** A coordinator, or the member themselves (who may withdraw their agreement), removes a trait. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR') or #userId == #me.userId()")
    public void removeAttitude(CurrentMember me, UUID userId, UUID attitudeId) {
        if (profiles.removeAttitude(me.workspaceId(), userId, attitudeId)) {
            log.record(me.workspaceId(), me.userId(), userId, "ATTITUDE_REMOVED", "");
        }
    }

    /** Sets the autonomy in an area ({@link Autonomies#GENERAL} for the general level); a reason is required. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public void setAutonomy(CurrentMember me, UUID userId, String area, AutonomyLevel level, String reason) {
        UUID ws = me.workspaceId();
        requireMember(ws, userId);
        if (reason == null || reason.isBlank()) {
            throw new TeamProblem("reason", "team.autonomy.reasonRequired");
        }
        if (Autonomies.GENERAL.equals(area) && level == null) {
            throw new TeamProblem("level", "team.autonomy.generalRequired");
        }
        AutonomyLevel old = autonomies.level(ws, userId, area).orElse(null);
        if (old == level) {
            return;
        }
        autonomies.set(ws, userId, area, level, reason, me.userId());
        log.record(
                ws,
                me.userId(),
                userId,
                "AUTONOMY",
                (area.isEmpty() ? "general" : area) + ": " + old + " → " + level + " (" + reason.trim() + ")");
        events.publishEvent(new AutonomyChanged(ws, userId, area, old, level, reason.trim(), me.userId()));
    }

    /** Work assigned to a member elsewhere in Coro; no log entry (it is not a change of the team). */
    @Transactional
    public void reportOpenItems(UUID workspaceId, UUID userId, int openItems) {
        profiles.setOpenItems(workspaceId, userId, openItems);
        log.bump(workspaceId);
    }

    private static String dash(Object value) {
        return value == null ? "–" : value.toString();
    }

    private void requireMember(UUID workspaceId, UUID userId) {
        if (profiles.find(workspaceId, userId).isEmpty()) {
            throw new TeamProblem(null, "team.member.notFound");
        }
    }
}
