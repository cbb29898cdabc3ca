package io.coro.team.web;

import io.coro.team.Candidate;
import io.coro.team.Team;
import io.coro.team.internal.Autonomies;
import io.coro.team.internal.Competences;
import io.coro.team.internal.Profiles;
import io.coro.team.internal.Proposals;
import io.coro.team.internal.TeamLog;
import io.coro.workspace.CurrentMember;
import io.coro.workspace.WorkspaceRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The team at a glance, and "who can answer this?". */
@Controller
class TeamController {

    static final String VIEW = "team/overview";
    static final String CANDIDATES = "team/partials/candidates";

    private final Team team;
    private final Profiles profiles;
    private final Competences competences;
    private final Autonomies autonomies;
    private final Proposals proposals;
    private final TeamLog log;

    TeamController(
            Team team,
            Profiles profiles,
            Competences competences,
            Autonomies autonomies,
            Proposals proposals,
            TeamLog log) {
        this.team = team;
        this.profiles = profiles;
        this.competences = competences;
        this.autonomies = autonomies;
        this.proposals = proposals;
        this.log = log;
    }

    /** A member card: profile, autonomy, today's absence and their strongest skills. */
    record Card(Profiles.Profile profile, String autonomy, Profiles.Absence absentNow, List<TopSkill> topSkills) {}

    record TopSkill(io.coro.team.internal.Competence competence, int level) {}

    @GetMapping("/team")
    String overview(CurrentMember me, @RequestParam(name = "q", required = false) String question, Model model) {
        UUID ws = me.workspaceId();
        LocalDate today = LocalDate.now(me.workspace().timeZone());
        Map<UUID, io.coro.team.internal.Competence> catalog = new HashMap<>();
        competences.catalog(ws).forEach(c -> catalog.put(c.id(), c));
        Map<UUID, List<TopSkill>> skills = new HashMap<>();
        competences
                .held(ws)
                .forEach(h -> skills.computeIfAbsent(h.userId(), k -> new ArrayList<>())
                        .add(new TopSkill(catalog.get(h.competenceId()), h.level())));
        Map<UUID, String> general = new HashMap<>();
        autonomies.all(ws).stream()
                .filter(a -> a.area().equals(Autonomies.GENERAL))
                .forEach(a -> general.put(a.userId(), a.level().name()));
        Map<UUID, Profiles.Absence> absent = new HashMap<>();
        profiles.absences(ws).stream().filter(a -> a.covers(today)).forEach(a -> absent.put(a.userId(), a));
        List<Card> cards = profiles.all(ws).stream()
                .map(p -> new Card(
                        p,
                        general.getOrDefault(p.userId(), "SUPERVISED"),
                        absent.get(p.userId()),
                        skills.getOrDefault(p.userId(), List.of()).stream()
                                .sorted(Comparator.comparingInt(TopSkill::level).reversed())
                                .limit(3)
                                .toList()))
                .toList();
        model.addAttribute("cards", cards);
        if (me.is(WorkspaceRole.COORDINATOR)) {
            model.addAttribute("proposals", proposals.pending(ws));
            model.addAttribute("catalogById", catalog);
        }
        model.addAttribute("changes", log.recent(ws, null, 8));
        addCandidates(me, question, model);
        return VIEW;
    }

    /** The search as a fragment, for htmx as the person types. */
    @GetMapping(value = "/team/search", headers = "HX-Request")
    String search(CurrentMember me, @RequestParam(name = "q", defaultValue = "") String question, Model model) {
        addCandidates(me, question, model);
        return CANDIDATES;
    }

    @GetMapping("/team/search")
    String searchPage(CurrentMember me, @RequestParam(name = "q", defaultValue = "") String question) {
        return "redirect:/team?q=" + java.net.URLEncoder.encode(question, java.nio.charset.StandardCharsets.UTF_8);
    }

    private void addCandidates(CurrentMember me, String question, Model model) {
        if (question == null || question.isBlank()) {
            return;
        }
        String q = question.length() > 500 ? question.substring(0, 500) : question;
        List<Candidate> candidates = team.whoCanAnswer(me.workspaceId(), q, 5);
        model.addAttribute("question", q);
        model.addAttribute("candidates", candidates);
    }
}
