package io.coro.team.internal;

import io.coro.team.AutonomyLevel;
import io.coro.workspace.Workspaces;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Starting data of the team module: the default catalog, first autonomy levels, and the demo company's team. */
@Component
public class TeamSetup {

    private final Competences competences;
    private final Autonomies autonomies;
    private final Profiles profiles;
    private final Proposals proposals;
    private final TeamLog log;
    private final Workspaces workspaces;

    TeamSetup(
            Competences competences,
            Autonomies autonomies,
            Profiles profiles,
            Proposals proposals,
            TeamLog log,
            Workspaces workspaces) {
        this.competences = competences;
        this.autonomies = autonomies;
        this.profiles = profiles;
        this.proposals = proposals;
        this.log = log;
        this.workspaces = workspaces;
    }

    @Transactional
    public void seedCatalog(UUID workspaceId) {
        for (Competence competence : DefaultCatalog.COMPETENCES) {
            competences.add(workspaceId, competence);
        }
        log.bump(workspaceId);
    }

    @Transactional
    public void startSupervised(UUID workspaceId, UUID userId, AutonomyLevel level) {
        if (autonomies.level(workspaceId, userId, Autonomies.GENERAL).isEmpty()) {
            autonomies.set(workspaceId, userId, Autonomies.GENERAL, level, "joined the workspace", null);
        }
        log.bump(workspaceId);
    }

    /** The team of the demo pastry shop: who they are, what they know, how far they act alone. */
    @Transactional
    public void demoTeam(UUID ws) {
        Map<String, UUID> people = new HashMap<>();
        workspaces
                .members(ws)
                .forEach(m -> people.put(m.email().substring(0, m.email().indexOf('@')), m.userId()));
        UUID giulia = people.get("giulia");
        UUID marco = people.get("marco");
        UUID chiara = people.get("chiara");
        UUID luca = people.get("luca");
        UUID sara = people.get("sara");
        UUID paolo = people.get("paolo");
        if (giulia == null || marco == null || chiara == null || luca == null || sara == null || paolo == null) {
            return; // not the demo company as DemoCompany creates it
        }
        UUID cakes = competences.add(
                ws,
                new Competence(
                        null,
                        "wedding-cakes",
                        "Wedding and celebration cakes",
                        "Torte nuziali e da cerimonia",
                        "wedding cake, cake, tiers, sugar paste, custom cake, cake tasting",
                        "torta nuziale, torta, piani, pasta di zucchero, torta personalizzata, prova torta",
                        true,
                        false));
        UUID pastries = competences.add(
                ws,
                new Competence(
                        null,
                        "breakfast-pastries",
                        "Breakfast pastries",
                        "Lievitati e colazioni",
                        "croissant, brioche, breakfast, leavened, pastry",
                        "cornetto, brioche, colazione, lievitati, sfoglia",
                        false,
                        false));
        UUID glutenFree = competences.add(
                ws,
                new Competence(
                        null,
                        "gluten-free",
                        "Gluten-free line",
                        "Linea senza glutine",
                        "gluten free, gluten, coeliac, celiac, allergy, intolerance",
                        "senza glutine, glutine, celiaco, celiachia, allergia, intolleranza",
                        true,
                        false));
        Map<String, UUID> skill = new HashMap<>();
        competences.catalog(ws).forEach(c -> skill.put(c.code(), c.id()));
        for (String needed : List.of("video", "technical-support", "complaints", "customer-care")) {
            Competence c = competences.findByCode(ws, needed).orElseThrow();
            competences.update(
                    ws,
                    new Competence(
                            c.id(),
                            c.code(),
                            c.nameEn(),
                            c.nameIt(),
                            c.keywordsEn(),
                            c.keywordsIt(),
                            true,
                            c.sensitive()));
        }

        profile(ws, giulia, "Titolare", "it,en", 5, 1, "strategia", "eventi");
        profile(ws, marco, "Responsabile negozio e social", "it,en", 15, 6, "Instagram", "Facebook", "negozio");
        profile(ws, chiara, "Pasticcera", "it", 6, 2, "torte nuziali", "senza glutine");
        profile(ws, luca, "Banco e clienti", "it,en,de", 12, 4, "ordini", "consegne");
        profile(ws, sara, "Foto e vetrine", "it,en", 8, 3, "Instagram", "fotografia");
        profile(ws, paolo, "Commercialista", "it", 0, 0);

        Instant now = Instant.now();
        level(
                ws,
                giulia,
                skill.get("sales"),
                4,
                "Gestisce i preventivi per aziende e catering",
                null,
                now.minus(days(400)));
        level(ws, giulia, skill.get("events"), 4, "Organizza i laboratori del sabato", null, now.minus(days(400)));
        level(
                ws,
                giulia,
                skill.get("product-knowledge"),
                4,
                "Ha scritto le ricette della casa",
                null,
                now.minus(days(400)));
        level(ws, giulia, cakes, 3, "", null, now.minus(days(400)));
        level(ws, giulia, skill.get("complaints"), 3, "", null, now.minus(days(300)));
        level(
                ws,
                marco,
                skill.get("customer-care"),
                4,
                "Ha risposto a 40 conversazioni su Instagram a ottobre",
                null,
                now.minus(days(200)));
        level(ws, marco, skill.get("community"), 4, "", null, now.minus(days(200)));
        level(ws, marco, skill.get("copywriting"), 3, "", null, now.minus(days(200)));
        level(ws, marco, skill.get("analytics"), 2, "", 3, now.minus(days(40)));
        level(
                ws,
                marco,
                skill.get("complaints"),
                4,
                "Ha gestito il reclamo della torta di Natale",
                null,
                now.minus(days(200)));
        level(ws, marco, skill.get("delivery"), 3, "", null, now.minus(days(200)));
        level(
                ws,
                chiara,
                skill.get("product-knowledge"),
                5,
                "Responsabile del laboratorio",
                null,
                now.minus(days(500)));
        level(ws, chiara, cakes, 5, "Trenta torte nuziali nel 2026", null, now.minus(days(500)));
        level(ws, chiara, glutenFree, 4, "Corso AIC sulla celiachia", null, now.minus(days(300)));
        level(ws, chiara, pastries, 4, "", null, now.minus(days(500)));
        level(ws, chiara, skill.get("video"), 1, "", 2, now.minus(days(20)));
        level(ws, luca, skill.get("customer-care"), 4, "Al banco da sei anni", null, now.minus(days(600)));
        level(ws, luca, skill.get("delivery"), 4, "Organizza i giri delle consegne", null, now.minus(days(600)));
        level(ws, luca, pastries, 3, "", null, now.minus(days(400)));
        level(
                ws,
                luca,
                skill.get("technical-support"),
                2,
                "Conosce il gestionale degli ordini online",
                null,
                now.minus(days(120)));
        level(ws, luca, skill.get("languages-tourists"), 4, "Parla inglese e tedesco", null, now.minus(days(600)));
        level(ws, luca, skill.get("complaints"), 2, "", null, now.minus(days(200)));
        level(ws, sara, skill.get("photography"), 2, "", 4, now.minus(days(30)));
        level(ws, sara, skill.get("video"), 2, "", null, now.minus(days(200)));
        level(
                ws,
                sara,
                skill.get("graphic-design"),
                3,
                "Ha rifatto il menu delle colazioni",
                null,
                now.minus(days(150)));
        level(ws, sara, skill.get("copywriting"), 2, "", null, now.minus(days(150)));

        attitude(ws, marco, "calmo con i clienti arrabbiati", giulia);
        attitude(ws, marco, "tono cordiale e diretto", giulia);
        attitude(ws, chiara, "tono caldo e appassionato", marco);
        attitude(ws, luca, "risposte rapide e precise", marco);
        attitude(ws, sara, "tono giocoso", marco);

        autonomy(ws, giulia, Autonomies.GENERAL, AutonomyLevel.AUTONOMOUS, "titolare", null);
        autonomy(ws, marco, Autonomies.GENERAL, AutonomyLevel.AUTONOMOUS, "coordina i social dal 2024", giulia);
        autonomy(ws, chiara, Autonomies.GENERAL, AutonomyLevel.TRUSTED, "esperta di prodotto", marco);
        autonomy(ws, chiara, "torte nuziali", AutonomyLevel.AUTONOMOUS, "è la sua specialità", marco);
        autonomy(ws, luca, Autonomies.GENERAL, AutonomyLevel.TRUSTED, "risponde bene ai clienti da un anno", marco);
        autonomy(ws, sara, Autonomies.GENERAL, AutonomyLevel.SUPERVISED, "nuova nel team da settembre", marco);
        autonomy(ws, paolo, Autonomies.GENERAL, AutonomyLevel.SUPERVISED, "consulente esterno", giulia);

        LocalDate today = LocalDate.now();
        profiles.addAbsence(ws, giulia, today.plusDays(10), today.plusDays(17), "Fiera Sigep");
        profiles.addAbsence(ws, chiara, today.minusDays(1), today.plusDays(2), "Ferie");
        proposals.create(ws, sara, skill.get("video"), null, 3, "Ho montato i reel di novembre");
        proposals.create(ws, luca, null, "Caffetteria", 3, "Barista per due anni");
        log.record(ws, null, null, "DEMO", "");
    }

    private void profile(UUID ws, UUID user, String title, String languages, int capacity, int open, String... areas) {
        profiles.save(ws, user, title, Profiles.languages(languages), capacity);
        profiles.setOpenItems(ws, user, open);
        profiles.replaceAreas(ws, user, List.of(areas));
    }

    /** A level assessed at {@code since}; with {@code grownTo}, raised to it 10 days ago (to show growth). */
    private void level(
            UUID ws, UUID user, UUID competence, int level, String evidence, Integer grownTo, Instant since) {
        competences.setLevel(ws, user, competence, grownTo == null ? level : grownTo, evidence, LocalDate.now(), null);
        jdbcHistoryRewrite(ws, user, competence, level, grownTo, evidence, since);
    }

    private void jdbcHistoryRewrite(
            UUID ws, UUID user, UUID competence, int level, Integer grownTo, String evidence, Instant since) {
        // setLevel wrote one history row "now"; the demo wants a past: replace it with dated rows
        competences.deleteHistory(ws, user, competence);
        competences.recordChange(ws, user, competence, null, level, evidence, since, null);
        if (grownTo != null) {
            competences.recordChange(
                    ws,
                    user,
                    competence,
                    level,
                    grownTo,
                    evidence,
                    Instant.now().minus(days(10)),
                    null);
        }
    }

    private void attitude(UUID ws, UUID user, String trait, UUID by) {
        profiles.addAttitude(ws, user, trait, by);
    }

    private void autonomy(UUID ws, UUID user, String area, AutonomyLevel level, String reason, UUID by) {
        autonomies.set(ws, user, area, level, reason, by);
    }

    private static Duration days(int days) {
        return Duration.ofDays(days);
    }
}
