package io.coro.strategy.internal;

import io.coro.strategy.Kpi;
import io.coro.strategy.Kpi.AuditMetric;
import io.coro.strategy.StrategyDocument;
import io.coro.strategy.StrategyDocument.Audience;
import io.coro.strategy.StrategyDocument.ChannelRole;
import io.coro.strategy.StrategyDocument.Pillar;
import io.coro.strategy.StrategyDocument.ToneOfVoice;
import io.coro.workspace.WorkspaceEvents.WorkspaceCreated;
import io.coro.workspace.Workspaces;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The demo pastry shop's starting analysis, objectives (one of them too ambitious) and strategy (an older version and
 * the current one), created with the demo company.
 */
@Component
class StrategyDemo {

    private final StrategyService service;
    private final Workspaces workspaces;
    private final JdbcClient jdbc;

    StrategyDemo(StrategyService service, Workspaces workspaces, JdbcClient jdbc) {
        this.service = service;
        this.workspaces = workspaces;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(WorkspaceCreated event) {
        if (!event.demo()) {
            return;
        }
        UUID ws = event.workspaceId();
        UUID owner = event.ownerId();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));

        service.recordAudit(
                ws,
                today.minusMonths(3),
                "Prima analisi, prima di usare Coro",
                audit(1790, 2, 3.1, 55, 310, 1240, 1, 1.4, 40, 600),
                owner,
                today);
        service.recordAudit(
                ws, today.minusMonths(2), "", audit(1808, 2, 3.3, 60, 280, 1252, 1, 1.5, 45, 560), owner, today);
        service.recordAudit(
                ws, today.minusMonths(1), "", audit(1829, 3, 3.4, 62, 240, 1260, 2, 1.5, 50, 480), owner, today);
        service.recordAudit(
                ws,
                today.minusDays(5),
                "Dopo il primo mese di piano editoriale",
                audit(1851, 3, 3.6, 71, 180, 1268, 2, 1.7, 58, 420),
                owner,
                today);

        UUID behindTheScenes = UUID.randomUUID();
        UUID seasonal = UUID.randomUUID();
        UUID community = UUID.randomUUID();
        UUID events = UUID.randomUUID();

        StrategyDocument first = new StrategyDocument(
                List.of(new Audience(
                        UUID.randomUUID(),
                        "Famiglie del quartiere",
                        "Comprano la colazione e le torte della domenica.")),
                List.of(
                        new ChannelRole("Instagram", "Mostrare i prodotti"),
                        new ChannelRole("Facebook", "Orari e avvisi")),
                List.of(
                        new Pillar(
                                seasonal,
                                "Prodotti di stagione",
                                "Le novità del banco.",
                                60,
                                List.of(),
                                List.of("product-knowledge"),
                                "#d97706"),
                        new Pillar(
                                behindTheScenes,
                                "Dietro le quinte",
                                "Il laboratorio.",
                                40,
                                List.of(),
                                List.of("photography"),
                                "#4338ca")),
                ToneOfVoice.empty(),
                "");
        service.save(ws, first, "Prima bozza", owner, false);
        backdate(ws, 1, today.minusMonths(2));

        UUID followers = service.addObjective(
                ws,
                objective(
                        "Più famiglie ci seguono su Instagram",
                        Kpi.FOLLOWERS,
                        "Instagram",
                        1851,
                        today.minusDays(5),
                        2100,
                        today.plusMonths(6),
                        owner,
                        List.of(behindTheScenes, seasonal)),
                owner,
                today);
        UUID response = service.addObjective(
                ws,
                objective(
                        "Rispondere prima ai messaggi",
                        Kpi.MEDIAN_FIRST_RESPONSE,
                        "Instagram",
                        180,
                        today.minusDays(5),
                        60,
                        today.plusMonths(3),
                        memberId(ws, "marco"),
                        List.of(community)),
                owner,
                today);
        UUID viral = service.addObjective(
                ws,
                objective(
                        "Diventare virali entro Pasqua",
                        Kpi.FOLLOWERS,
                        "Instagram",
                        1851,
                        today.minusDays(5),
                        10000,
                        today.plusMonths(3),
                        owner,
                        List.of(seasonal)),
                owner,
                today);
        service.addObjective(
                ws,
                objective(
                        "Ordini di torte da cerimonia dai social",
                        Kpi.LEADS,
                        null,
                        null,
                        null,
                        12,
                        today.plusMonths(4),
                        owner,
                        List.of(events)),
                owner,
                today);

        StrategyDocument current = new StrategyDocument(
                List.of(
                        new Audience(
                                UUID.randomUUID(),
                                "Famiglie del quartiere",
                                "Comprano la colazione e le torte della domenica; vogliono sapere che cosa c'è di fresco oggi."),
                        new Audience(
                                UUID.randomUUID(),
                                "Coppie che si sposano",
                                "Cercano la torta nuziale con mesi di anticipo; vogliono vedere lavori veri e parlare con chi li fa."),
                        new Audience(
                                UUID.randomUUID(),
                                "Turisti in centro",
                                "Passano una volta: cercano orari, posizione e la specialità da assaggiare.")),
                List.of(
                        new ChannelRole(
                                "Instagram", "Mostrare il laboratorio, le novità di stagione e le torte da cerimonia"),
                        new ChannelRole("Facebook", "Orari, avvisi e le domande delle famiglie del quartiere"),
                        new ChannelRole("Bluesky", "Raccontare il mestiere e dialogare con chi ama la pasticceria"),
                        new ChannelRole("Mastodon", "Lo stesso racconto per la comunità locale del fediverso")),
                List.of(
                        new Pillar(
                                behindTheScenes,
                                "Dietro le quinte",
                                "Il laboratorio alle 5 del mattino, le mani, gli impasti, le persone.",
                                30,
                                List.of(followers),
                                List.of("photography", "video"),
                                "#4338ca"),
                        new Pillar(
                                seasonal,
                                "Prodotti di stagione",
                                "Che cosa c'è di nuovo al banco, con ingredienti e storia.",
                                35,
                                List.of(followers, viral),
                                List.of("product-knowledge", "copywriting"),
                                "#d97706"),
                        new Pillar(
                                community,
                                "Clienti e comunità",
                                "Le persone che entrano da noi, le recensioni, le risposte.",
                                20,
                                List.of(response),
                                List.of("community", "customer-care"),
                                "#059669"),
                        new Pillar(
                                events,
                                "Eventi e laboratori",
                                "I laboratori del sabato, le torte da cerimonia, le feste.",
                                15,
                                List.of(),
                                List.of("events", "wedding-cakes"),
                                "#db2777")),
                new ToneOfVoice(
                        List.of(
                                "Parliamo come le persone dietro al bancone: caldi, semplici, precisi.",
                                "Mostriamo prima di raccontare: foto vere, niente stock.",
                                "Rispondiamo sempre, anche alle critiche, con calma e nome."),
                        List.of(
                                "Stamattina Chiara ha sfornato le prime sfogliatelle alla ricotta: le trovate al banco fino a esaurimento.",
                                "Grazie Marta! Ci dispiace per l'attesa di sabato: ti scriviamo in privato per rimediare."),
                        List.of(
                                "IMPERDIBILE!!! Offerta SHOCK solo oggi!!!",
                                "Non è colpa nostra se il corriere è in ritardo."),
                        List.of("shock", "imperdibile", "low cost", "industriale")),
                "Ogni foto mostra persone o prodotti veri. Le torte da cerimonia si pubblicano solo con il consenso degli sposi. Nessun prezzo nei post: si risponde in privato.");
        service.save(ws, current, "Quattro pilastri e tono di voce", owner, true);
    }

    private List<Audits.Value> audit(
            double igFollowers,
            double igPosts,
            double igEngagement,
            double igAnswered,
            double igResponse,
            double fbFollowers,
            double fbPosts,
            double fbEngagement,
            double fbAnswered,
            double fbResponse) {
        List<Audits.Value> values = new ArrayList<>();
        add(values, "Instagram", AuditMetric.FOLLOWERS, igFollowers);
        add(values, "Instagram", AuditMetric.POSTS_PER_WEEK, igPosts);
        add(values, "Instagram", AuditMetric.ENGAGEMENT_RATE, igEngagement);
        add(values, "Instagram", AuditMetric.ANSWERED_SHARE, igAnswered);
        add(values, "Instagram", AuditMetric.MEDIAN_FIRST_RESPONSE, igResponse);
        add(values, "Facebook", AuditMetric.FOLLOWERS, fbFollowers);
        add(values, "Facebook", AuditMetric.POSTS_PER_WEEK, fbPosts);
        add(values, "Facebook", AuditMetric.ENGAGEMENT_RATE, fbEngagement);
        add(values, "Facebook", AuditMetric.ANSWERED_SHARE, fbAnswered);
        add(values, "Facebook", AuditMetric.MEDIAN_FIRST_RESPONSE, fbResponse);
        return values;
    }

    private static void add(List<Audits.Value> values, String channel, AuditMetric metric, double value) {
        values.add(new Audits.Value(channel, metric, BigDecimal.valueOf(value), "MANUAL"));
    }

    private static Objectives.Objective objective(
            String name,
            Kpi kpi,
            String channel,
            Integer baseline,
            LocalDate baselineOn,
            double target,
            LocalDate deadline,
            UUID owner,
            List<UUID> pillars) {
        return new Objectives.Objective(
                null,
                name,
                kpi,
                channel,
                baseline == null ? null : BigDecimal.valueOf(baseline),
                baselineOn,
                null,
                BigDecimal.valueOf(target),
                deadline,
                owner,
                null,
                pillars,
                "ACTIVE",
                java.time.Instant.now());
    }

    private UUID memberId(UUID ws, String localPart) {
        return workspaces.members(ws).stream()
                .filter(m -> m.email().startsWith(localPart + "@"))
                .map(io.coro.workspace.Workspaces.Member::userId)
                .findFirst()
                .orElse(null);
    }

    /** The first version is dated in the past, so that "what did the strategy say then" has an answer. */
    private void backdate(UUID ws, int version, LocalDate on) {
        jdbc.sql("UPDATE strategy_version SET created_at = ? WHERE workspace_id = ? AND version = ?")
                .params(Timestamp.valueOf(on.atTime(9, 0)), ws, version)
                .update();
    }
}
