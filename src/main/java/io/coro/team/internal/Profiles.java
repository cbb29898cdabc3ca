package io.coro.team.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Members' team profiles: job title, languages, capacity, areas, out-of-office periods and attitudes. */
@Repository
public class Profiles {

    private final JdbcClient jdbc;

    Profiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A workspace member with their team profile (defaults when none was entered yet). */
    public record Profile(
            UUID userId,
            String displayName,
            String email,
            String role,
            String jobTitle,
            List<String> languages,
            int weeklyCapacity,
            int openItems) {}

    public record Absence(UUID id, UUID userId, LocalDate startsOn, LocalDate endsOn, String note) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(startsOn) && !day.isAfter(endsOn);
        }
    }

    public record Attitude(UUID id, UUID userId, String trait, String recordedBy, Instant recordedAt) {}

    public record Area(UUID userId, String area) {}

    public List<Profile> all(UUID workspaceId) {
        return jdbc.sql("""
                        SELECT u.id, u.display_name, u.email, m.role,
                               coalesce(p.job_title, ''), coalesce(p.languages, ''),
                               coalesce(p.weekly_capacity, 10), coalesce(p.open_items, 0)
                          FROM membership m
                          JOIN app_user u ON u.id = m.user_id
                          LEFT JOIN team_profile p ON p.workspace_id = m.workspace_id AND p.user_id = m.user_id
                         WHERE m.workspace_id = ?
                         ORDER BY lower(u.display_name), u.email""")
                .param(workspaceId)
                .query((rs, n) -> new Profile(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        languages(rs.getString(6)),
                        rs.getInt(7),
                        rs.getInt(8)))
                .list();
    }

    public java.util.Optional<Profile> find(UUID workspaceId, UUID userId) {
        return all(workspaceId).stream().filter(p -> p.userId().equals(userId)).findFirst();
    }

    public void save(UUID workspaceId, UUID userId, String jobTitle, List<String> languages, int weeklyCapacity) {
        jdbc.sql("""
                        INSERT INTO team_profile (workspace_id, user_id, job_title, languages, weekly_capacity, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (workspace_id, user_id) DO UPDATE
                           SET job_title = EXCLUDED.job_title, languages = EXCLUDED.languages,
                               weekly_capacity = EXCLUDED.weekly_capacity, updated_at = EXCLUDED.updated_at""")
                .params(
                        workspaceId,
                        userId,
                        jobTitle.trim(),
                        String.join(",", languages),
                        weeklyCapacity,
                        Timestamp.from(Instant.now()))
                .update();
    }

    public void setOpenItems(UUID workspaceId, UUID userId, int openItems) {
        jdbc.sql("""
                        INSERT INTO team_profile (workspace_id, user_id, open_items, updated_at) VALUES (?, ?, ?, now())
                        ON CONFLICT (workspace_id, user_id) DO UPDATE SET open_items = EXCLUDED.open_items""").params(workspaceId, userId, Math.max(0, openItems)).update();
    }

    public List<Area> areas(UUID workspaceId) {
        return jdbc.sql("SELECT user_id, area FROM team_area WHERE workspace_id = ? ORDER BY lower(area)")
                .param(workspaceId)
                .query((rs, n) -> new Area(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    public void replaceAreas(UUID workspaceId, UUID userId, List<String> areas) {
        jdbc.sql("DELETE FROM team_area WHERE workspace_id = ? AND user_id = ?")
                .params(workspaceId, userId)
                .update();
        for (String area : areas) {
            jdbc.sql("INSERT INTO team_area (workspace_id, user_id, area) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(workspaceId, userId, area)
                    .update();
        }
    }

    public List<Absence> absences(UUID workspaceId) {
        return jdbc.sql("""
                        SELECT id, user_id, starts_on, ends_on, note FROM team_absence
                         WHERE workspace_id = ? AND ends_on >= current_date - 30 ORDER BY starts_on""")
                .param(workspaceId)
                .query((rs, n) -> new Absence(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getDate(3).toLocalDate(),
                        rs.getDate(4).toLocalDate(),
                        rs.getString(5)))
                .list();
    }

    public UUID addAbsence(UUID workspaceId, UUID userId, LocalDate from, LocalDate to, String note) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO team_absence (id, workspace_id, user_id, starts_on, ends_on, note) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, workspaceId, userId, Date.valueOf(from), Date.valueOf(to), note.trim())
                .update();
        return id;
    }

    public boolean removeAbsence(UUID workspaceId, UUID userId, UUID id) {
        return jdbc.sql("DELETE FROM team_absence WHERE workspace_id = ? AND user_id = ? AND id = ?")
                        .params(workspaceId, userId, id)
                        .update()
                > 0;
    }

    public List<Attitude> attitudes(UUID workspaceId) {
        return jdbc.sql("""
                        SELECT a.id, a.user_id, a.trait, u.display_name, a.recorded_at
                          FROM attitude a LEFT JOIN app_user u ON u.id = a.recorded_by
                         WHERE a.workspace_id = ? ORDER BY a.recorded_at""")
                .param(workspaceId)
                .query((rs, n) -> new Attitude(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    public UUID addAttitude(UUID workspaceId, UUID userId, String trait, UUID by) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO attitude (id, workspace_id, user_id, trait, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, workspaceId, userId, trait.trim(), by, Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    public boolean removeAttitude(UUID workspaceId, UUID userId, UUID id) {
        return jdbc.sql("DELETE FROM attitude WHERE workspace_id = ? AND user_id = ? AND id = ?")
                        .params(workspaceId, userId, id)
                        .update()
                > 0;
    }

    static List<String> languages(String csv) {
        return Arrays.stream(csv.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
