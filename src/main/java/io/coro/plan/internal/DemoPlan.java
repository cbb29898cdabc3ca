package io.coro.plan.internal;

import io.coro.strategy.Strategy;
import io.coro.strategy.StrategyDocument;
import io.coro.strategy.StrategyEvents.StrategySaved;
import io.coro.workspace.CurrentMember;
import io.coro.workspace.Workspaces;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A month of planned content for the demo pastry shop, written once its strategy (with the pillars) is saved: items in
 * every state across the past two weeks and the coming ones, some published, two recurring slots and a discussion.
 */
@Component
class DemoPlan {

    private final ContentItems items;
    private final Variants variants;
    private final Comments comments;
    private final Slots slots;
    private final SlotPlanner planner;
    private final Strategy strategy;
    private final Workspaces workspaces;
    private final JdbcClient jdbc;

    DemoPlan(
            ContentItems items,
            Variants variants,
            Comments comments,
            Slots slots,
            SlotPlanner planner,
            Strategy strategy,
            Workspaces workspaces,
            JdbcClient jdbc) {
        this.items = items;
        this.variants = variants;
        this.comments = comments;
        this.slots = slots;
        this.planner = planner;
        this.strategy = strategy;
        this.workspaces = workspaces;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(StrategySaved event) {
        if (!event.demo()) {
            return;
        }
        UUID ws = event.workspaceId();
        boolean planned = jdbc.sql("SELECT EXISTS (SELECT 1 FROM plan_item WHERE workspace_id = ?)")
                .param(ws)
                .query(Boolean.class)
                .single();
        if (!planned) {
            seed(ws, Instant.now());
        }
    }

    void seed(UUID ws, Instant now) {
        ZoneId zone =
                workspaces.find(ws).map(CurrentMember.WorkspaceRef::timeZone).orElse(ZoneId.of("Europe/Rome"));
        List<StrategyDocument.Pillar> pillars = strategy.pillars(ws);
        List<String> channels = strategy.channels(ws);
        String instagram = channel(channels, "Instagram");
        String facebook = channel(channels, "Facebook");
        UUID lab = pillar(pillars, "Dietro le quinte", 0);
        UUID season = pillar(pillars, "Prodotti di stagione", 1);
        UUID community = pillar(pillars, "Clienti e comunità", 2);
        UUID events = pillar(pillars, "Eventi e laboratori", 3);
        Map<String, UUID> people = new HashMap<>();
        for (Workspaces.Member m : workspaces.members(ws)) {
            people.put(m.email().substring(0, m.email().indexOf('@')), m.userId());
        }
        UUID giulia = people.get("giulia");
        UUID marco = people.getOrDefault("marco", giulia);
        UUID chiara = people.getOrDefault("chiara", giulia);
        UUID luca = people.getOrDefault("luca", giulia);
        UUID sara = people.getOrDefault("sara", giulia);
        LocalDate today = LocalDate.now(zone);

        // the past two weeks: mostly published, one failed
        published(
                ws,
                today.minusDays(13),
                zone,
                "Il lievito madre compie 12 anni",
                lab,
                chiara,
                instagram,
                "Dodici anni fa Chiara ha rinfrescato per la prima volta il nostro lievito madre. Oggi lo nutriamo due volte al giorno: ecco come. 🥐",
                "https://www.instagram.com/p/demo-lievito",
                giulia,
                now);
        published(
                ws,
                today.minusDays(11),
                zone,
                "Arrivano i marroni del Mugello",
                season,
                marco,
                facebook,
                "Sono arrivati i marroni del Mugello: da sabato la torta di castagne torna in vetrina. Prenotatela in negozio o per telefono.",
                "https://www.facebook.com/demo-marroni",
                giulia,
                now);
        published(
                ws,
                today.minusDays(8),
                zone,
                "La signora Rita e la sua crostata del giovedì",
                community,
                sara,
                instagram,
                "Da vent'anni la signora Rita passa ogni giovedì per la sua crostata di visciole. Grazie Rita! ❤️",
                "https://www.instagram.com/p/demo-rita",
                giulia,
                now);
        published(
                ws,
                today.minusDays(6),
                zone,
                "Laboratorio di biscotti per bambini: i numeri",
                events,
                luca,
                facebook,
                "Sabato scorso 14 piccoli pasticceri hanno decorato i loro biscotti di zucca. Le foto più belle nell'album!",
                "https://www.facebook.com/demo-laboratorio",
                giulia,
                now);
        ContentItem failed = item(
                ws,
                today.minusDays(3),
                LocalTime.of(18, 0),
                zone,
                "Le brioche della domenica",
                lab,
                chiara,
                instagram,
                giulia,
                now);
        failed.edit(
                failed.title(),
                "Alle 6 del mattino le brioche escono dal forno. Chi passa prima delle 8 le trova ancora tiepide.",
                failed.channels(),
                lab);
        failed.draft(chiara);
        failed.submit(chiara);
        failed.approve(giulia, now);
        failed.schedule(failed.plannedAt(), giulia, failed.plannedAt().minusSeconds(3600));
        failed.markFailed("Instagram ha rifiutato l'immagine: formato non supportato.");
        store(failed);

        // the coming weeks: every step of the lifecycle
        ContentItem scheduled = item(
                ws,
                today.plusDays(2),
                LocalTime.of(9, 30),
                zone,
                "Panettone artigianale: aperte le prenotazioni",
                season,
                marco,
                facebook,
                giulia,
                now);
        scheduled.edit(
                scheduled.title(),
                "Il nostro panettone lievita 36 ore. Da oggi potete prenotarlo in negozio: ritiro dal 1° dicembre.",
                List.of(facebook, instagram),
                season);
        scheduled.draft(marco);
        scheduled.submit(marco);
        scheduled.approve(giulia, now);
        scheduled.schedule(scheduled.plannedAt(), giulia, now);
        store(scheduled);
        variants.put(
                ws,
                scheduled.id(),
                instagram,
                "36 ore di lievitazione, burro di montagna e canditi fatti da noi. Prenotazioni aperte! 🎄 #panettone #pasticceria");

        ContentItem approved = item(
                ws,
                today.plusDays(4),
                LocalTime.of(12, 0),
                zone,
                "Chi c'è dietro il bancone: Sara",
                community,
                sara,
                instagram,
                giulia,
                now);
        approved.edit(
                approved.title(),
                "Sara vi accoglie ogni mattina da sei anni e conosce il caffè preferito di mezzo quartiere. Passate a salutarla!",
                approved.channels(),
                community);
        approved.draft(sara);
        approved.submit(sara);
        approved.approve(giulia, now);
        store(approved);

        ContentItem review = item(
                ws,
                today.plusDays(6),
                LocalTime.of(17, 0),
                zone,
                "Corso di pasta frolla per adulti",
                events,
                luca,
                facebook,
                giulia,
                now);
        review.edit(
                review.title(),
                "Sabato 14 alle 15 Luca vi insegna la pasta frolla perfetta. 8 posti, grembiule compreso. Iscrizioni in negozio.",
                review.channels(),
                events);
        review.draft(luca);
        review.submit(luca);
        store(review);
        comments.add(
                ws,
                review.id(),
                giulia,
                "@luca mettiamo anche il prezzo? E @chiara, ci sei tu per la dimostrazione?",
                java.util.stream.Stream.of(luca, chiara)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList(),
                now);
        comments.add(ws, review.id(), luca, "Prezzo 35 euro, lo aggiungo appena Chiara conferma.", List.of(), now);

        ContentItem draft = item(
                ws,
                today.plusDays(9),
                LocalTime.of(10, 0),
                zone,
                "Il cioccolato caldo torna al banco",
                season,
                marco,
                instagram,
                giulia,
                now);
        draft.edit(draft.title(), "Denso, al cucchiaio, con la panna montata da noi.", draft.channels(), season);
        draft.draft(marco);
        store(draft);

        ContentItem idea = item(
                ws,
                today.plusDays(12),
                LocalTime.of(11, 0),
                zone,
                "Una giornata in laboratorio in 60 secondi",
                lab,
                chiara,
                instagram,
                giulia,
                now);
        store(idea);
        ContentItem cancelled = item(
                ws,
                today.plusDays(5),
                LocalTime.of(16, 0),
                zone,
                "Mercatino di Natale in piazza",
                events,
                luca,
                facebook,
                giulia,
                now);
        cancelled.cancel(giulia);
        store(cancelled);

        // two recurring slots, four weeks ahead
        Slot tuesday = new Slot(
                UUID.randomUUID(),
                ws,
                Set.of(DayOfWeek.TUESDAY),
                LocalTime.of(10, 0),
                1,
                today.minusDays(14),
                instagram,
                lab,
                "Martedì in laboratorio",
                true);
        Slot friday = new Slot(
                UUID.randomUUID(),
                ws,
                Set.of(DayOfWeek.FRIDAY),
                LocalTime.of(18, 0),
                2,
                today.minusDays(14),
                facebook,
                community,
                "Il venerdì dei clienti",
                true);
        slots.save(tuesday, giulia);
        slots.save(friday, giulia);
        planner.generate(tuesday, zone, now);
        planner.generate(friday, zone, now);
    }

    private void published(
            UUID ws,
            LocalDate day,
            ZoneId zone,
            String title,
            UUID pillar,
            UUID author,
            String channel,
            String text,
            String url,
            UUID coordinator,
            Instant now) {
        ContentItem item = item(ws, day, LocalTime.of(10, 0), zone, title, pillar, author, channel, coordinator, now);
        item.edit(title, text, item.channels(), pillar);
        item.draft(author);
        item.submit(author);
        item.approve(coordinator, item.plannedAt().minusSeconds(86_400));
        item.schedule(item.plannedAt(), coordinator, item.plannedAt().minusSeconds(80_000));
        item.markPublished(url, item.plannedAt());
        store(item);
    }

    private ContentItem item(
            UUID ws,
            LocalDate day,
            LocalTime time,
            ZoneId zone,
            String title,
            UUID pillar,
            UUID assignee,
            String channel,
            UUID by,
            Instant now) {
        return ContentItem.plan(
                ws,
                title,
                day.atTime(time).atZone(zone).toInstant(),
                channel == null ? List.of() : List.of(channel),
                pillar,
                assignee,
                null,
                by,
                now);
    }

    /** Inserted as new, then saved once with everything that happened to it. */
    private void store(ContentItem item) {
        items.insert(item);
        items.save(item);
    }

    private static String channel(List<String> channels, String preferred) {
        return channels.stream()
                .filter(c -> c.equalsIgnoreCase(preferred))
                .findFirst()
                .orElse(channels.isEmpty() ? preferred : channels.get(0));
    }

    private static UUID pillar(List<StrategyDocument.Pillar> pillars, String name, int fallback) {
        return pillars.stream()
                .filter(p -> p.name().equalsIgnoreCase(name))
                .findFirst()
                .or(() -> pillars.isEmpty()
                        ? java.util.Optional.empty()
                        : java.util.Optional.of(pillars.get(Math.min(fallback, pillars.size() - 1))))
                .map(StrategyDocument.Pillar::id)
                .orElse(null);
    }
}
