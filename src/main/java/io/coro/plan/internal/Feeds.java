package io.coro.plan.internal;

import io.coro.workspace.CurrentMember;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's private iCalendar feed of the items assigned to them, at a URL with a secret token (a calendar app cannot
 * log in). Only the token's SHA-256 is stored; making a new token ends the old URL.
 */
@Service
public class Feeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Calendar calendar;

    Feeds(JdbcClient jdbc, Calendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /** A new token for the member's feed, replacing any old one. Shown once. */
    @Transactional
    @PreAuthorize("hasRole('VIEWER')")
    public String newToken(CurrentMember me) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                        INSERT INTO plan_feed (workspace_id, user_id, token_hash, created_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (workspace_id, user_id)
                        DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at""")
                .params(me.workspaceId(), me.userId(), hash(token), Timestamp.from(Instant.now()))
                .update();
        return token;
    }

    public Optional<Instant> createdAt(UUID workspaceId, UUID userId) {
        return jdbc.sql("SELECT created_at FROM plan_feed WHERE workspace_id = ? AND user_id = ?")
                .params(workspaceId, userId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /**
     * The feed for a token, if it is current and its member still belongs to the workspace. Lists their items from 30
     * days ago on.
     */
    public Optional<String> feed(String token, String baseUrl) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        record Owner(UUID workspaceId, UUID userId) {}
        Optional<Owner> owner = jdbc.sql("""
                        SELECT f.workspace_id, f.user_id FROM plan_feed f
                          JOIN membership m ON m.workspace_id = f.workspace_id AND m.user_id = f.user_id
                         WHERE f.token_hash = ?""")
                .param(hash(token))
                .query((rs, n) -> new Owner(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .optional();
        return owner.map(o -> render(
                calendar.assignedTo(o.workspaceId(), o.userId(), Instant.now().minus(Duration.ofDays(30)), 2000),
                baseUrl));
    }

    static String render(List<Calendar.Entry> entries, String baseUrl) {
        net.fortuna.ical4j.model.Calendar ical = new net.fortuna.ical4j.model.Calendar();
        ical.add(new ProdId("-//Coro//Plan//EN"));
        ical.add(ImmutableVersion.VERSION_2_0);
        ical.add(ImmutableCalScale.GREGORIAN);
        for (Calendar.Entry entry : entries) {
            VEvent event = new VEvent(entry.plannedAt(), Duration.ofMinutes(30), entry.title());
            event.add(new Uid(entry.id() + "@coro"));
            event.add(new Description(entry.status().name() + " · " + String.join(", ", entry.channels())));
            if (entry.status() == io.coro.plan.ItemStatus.SCHEDULED
                    || entry.status() == io.coro.plan.ItemStatus.PUBLISHED) {
                event.add(new Status(Status.VALUE_CONFIRMED));
            } else {
                event.add(new Status(Status.VALUE_TENTATIVE));
            }
            event.add(new Url(URI.create(baseUrl + "/plan/items/" + entry.id())));
            ical.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(ical, out);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
