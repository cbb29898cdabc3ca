package io.coro.team;

import io.coro.support.TestCompany;
import io.coro.team.internal.Autonomies;
import io.coro.team.internal.Competence;
import io.coro.team.internal.Competences;
import io.coro.team.internal.Profiles;
import io.coro.team.internal.TeamLog;
import io.coro.team.internal.TeamSetup;
import io.coro.workspace.WorkspaceRole;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A realistic team for tests: a gelateria with catering, seven people, the default catalog plus a product line. Built
 * straight through the module's repositories.
 */
@Component
public class TeamFixture {

    final TestCompany company;
    final TeamSetup setup;
    final Profiles profiles;
    final Competences competences;
    final Autonomies autonomies;
    final TeamLog log;

    TeamFixture(
            TestCompany company,
            TeamSetup setup,
            Profiles profiles,
            Competences competences,
            Autonomies autonomies,
            TeamLog log) {
        this.company = company;
        this.setup = setup;
        this.profiles = profiles;
        this.competences = competences;
        this.autonomies = autonomies;
        this.log = log;
    }

    /** The people of a built team, by first name, with their e-mails. */
    public record Built(UUID workspaceId, Map<String, String> emails, Map<String, UUID> ids) {

        public UUID id(String name) {
            return ids.get(name);
        }

        public String email(String name) {
            return emails.get(name);
        }
    }

    public Built gelateria() {
        UUID ws = company.workspace(
                "Gelateria Aurora " + UUID.randomUUID().toString().substring(0, 4));
        setup.seedCatalog(ws);
        UUID gelato = competences.add(
                ws,
                new Competence(
                        null,
                        "gelato",
                        "Gelato and flavours",
                        "Gelato e gusti",
                        "gelato, ice cream, flavour, flavours, pistachio, sorbet, cone",
                        "gelato, gusto, gusti, pistacchio, sorbetto, cono, coppetta",
                        true,
                        false));
        Map<String, UUID> skill = new HashMap<>();
        competences.catalog(ws).forEach(c -> skill.put(c.code(), c.id()));
        skill.put("gelato", gelato);

        Map<String, String> emails = new HashMap<>();
        Map<String, UUID> ids = new HashMap<>();
        person(ws, "anna", WorkspaceRole.COORDINATOR, "Responsabile clienti", "it,en", 10, 2, emails, ids);
        person(ws, "bruno", WorkspaceRole.MEMBER, "Gelatiere", "it", 6, 1, emails, ids);
        person(ws, "carla", WorkspaceRole.MEMBER, "Foto e social", "it,en", 8, 8, emails, ids); // at capacity
        person(ws, "dario", WorkspaceRole.MEMBER, "Banco turisti", "en", 10, 3, emails, ids);
        person(ws, "elena", WorkspaceRole.MEMBER, "Eventi e catering", "it,en", 5, 0, emails, ids); // away today
        person(ws, "fabio", WorkspaceRole.MEMBER, "Sito e ordini online", "it", 10, 5, emails, ids);
        person(ws, "giorgio", WorkspaceRole.VIEWER, "Commercialista", "it", 0, 0, emails, ids);

        level(ws, ids.get("anna"), skill.get("customer-care"), 4);
        level(ws, ids.get("anna"), skill.get("complaints"), 4);
        level(ws, ids.get("anna"), skill.get("events"), 2);
        level(ws, ids.get("anna"), skill.get("product-knowledge"), 2);
        level(ws, ids.get("bruno"), skill.get("gelato"), 5);
        level(ws, ids.get("bruno"), skill.get("product-knowledge"), 5);
        level(ws, ids.get("carla"), skill.get("photography"), 5);
        level(ws, ids.get("carla"), skill.get("video"), 4);
        level(ws, ids.get("carla"), skill.get("copywriting"), 3);
        level(ws, ids.get("dario"), skill.get("customer-care"), 3);
        level(ws, ids.get("dario"), skill.get("languages-tourists"), 4);
        level(ws, ids.get("dario"), skill.get("delivery"), 3);
        level(ws, ids.get("elena"), skill.get("events"), 5);
        level(ws, ids.get("elena"), skill.get("sales"), 4);
        level(ws, ids.get("fabio"), skill.get("technical-support"), 4);
        level(ws, ids.get("fabio"), skill.get("customer-care"), 2);
        level(ws, ids.get("giorgio"), skill.get("analytics"), 5); // a viewer: never suggested

        profiles.replaceAreas(ws, ids.get("bruno"), List.of("laboratorio", "gusti del mese"));
        profiles.replaceAreas(ws, ids.get("carla"), List.of("Instagram"));
        profiles.addAbsence(
                ws,
                ids.get("elena"),
                LocalDate.now().minusDays(2),
                LocalDate.now().plusDays(3),
                "ferie");
        log.bump(ws);
        return new Built(ws, emails, ids);
    }

    private void person(
            UUID ws,
            String name,
            WorkspaceRole role,
            String title,
            String languages,
            int capacity,
            int open,
            Map<String, String> emails,
            Map<String, UUID> ids) {
        String email = company.person(ws, role);
        company.rename(email, Character.toUpperCase(name.charAt(0)) + name.substring(1));
        UUID id = company.userId(email);
        profiles.save(ws, id, title, List.of(languages.split(",")), capacity);
        profiles.setOpenItems(ws, id, open);
        autonomies.set(ws, id, Autonomies.GENERAL, AutonomyLevel.TRUSTED, "test", null);
        emails.put(name, email);
        ids.put(name, id);
    }

    private void level(UUID ws, UUID user, UUID competence, int level) {
        competences.setLevel(ws, user, competence, level, "", LocalDate.now(), null);
    }
}
