package io.coro.team.web;

import io.coro.shared.validation.PlainText;
import io.coro.team.AutonomyLevel;
import io.coro.team.internal.Autonomies;
import io.coro.team.internal.CatalogService;
import io.coro.team.internal.Competence;
import io.coro.team.internal.Competences;
import io.coro.team.internal.Profiles;
import io.coro.team.internal.Proposals;
import io.coro.team.internal.TeamLog;
import io.coro.team.internal.TeamProblem;
import io.coro.team.internal.TeamService;
import io.coro.workspace.CurrentMember;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's page: profile, out-of-office periods, competences with their history, attitudes and autonomy. Each form
 * posts, then comes back to its section with a message (post-redirect-get).
 */
@Controller
class MemberController {

    static final String VIEW = "team/member";

    private final Profiles profiles;
    private final Competences competences;
    private final Autonomies autonomies;
    private final Proposals proposals;
    private final TeamLog log;
    private final TeamService service;
    private final CatalogService catalog;

    MemberController(
            Profiles profiles,
            Competences competences,
            Autonomies autonomies,
            Proposals proposals,
            TeamLog log,
            TeamService service,
            CatalogService catalog) {
        this.profiles = profiles;
        this.competences = competences;
        this.autonomies = autonomies;
        this.proposals = proposals;
        this.log = log;
        this.service = service;
        this.catalog = catalog;
    }

    @GetMapping("/team/members/{userId}")
    String member(CurrentMember me, @PathVariable UUID userId, Model model) {
        UUID ws = me.workspaceId();
        Profiles.Profile profile =
                profiles.find(ws, userId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Competence> all = competences.catalog(ws);
        Map<UUID, Competence> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        model.addAttribute("profile", profile);
        model.addAttribute("self", userId.equals(me.userId()));
        model.addAttribute(
                "areas",
                profiles.areas(ws).stream()
                        .filter(a -> a.userId().equals(userId))
                        .map(Profiles.Area::area)
                        .toList());
        model.addAttribute(
                "absences",
                profiles.absences(ws).stream()
                        .filter(a -> a.userId().equals(userId))
                        .toList());
        model.addAttribute("held", competences.heldBy(ws, userId));
        model.addAttribute("catalog", all);
        model.addAttribute("catalogById", byId);
        model.addAttribute("history", competences.history(ws, userId));
        model.addAttribute(
                "attitudes",
                profiles.attitudes(ws).stream()
                        .filter(a -> a.userId().equals(userId))
                        .toList());
        model.addAttribute(
                "autonomy",
                autonomies.all(ws).stream()
                        .filter(a -> a.userId().equals(userId))
                        .toList());
        model.addAttribute("autonomyHistory", autonomies.history(ws, userId));
        model.addAttribute("autonomyLevels", AutonomyLevel.values());
        model.addAttribute("proposals", proposals.of(ws, userId));
        model.addAttribute("changes", log.recent(ws, userId, 10));
        model.addAttribute("today", LocalDate.now(me.workspace().timeZone()));
        return VIEW;
    }

    @PostMapping("/team/members/{userId}/profile")
    String saveProfile(
            CurrentMember me,
            @PathVariable UUID userId,
            @RequestParam(defaultValue = "") String jobTitle,
            @RequestParam(defaultValue = "") String languages,
            @RequestParam(defaultValue = "") String weeklyCapacity,
            @RequestParam(defaultValue = "") String areas,
            RedirectAttributes redirect) {
        return act(userId, "profile", redirect, () -> {
            if (jobTitle.length() > 100 || !PlainText.Validator.isPlain(jobTitle)) {
                throw new TeamProblem("jobTitle", "team.profile.badJobTitle");
            }
            List<String> codes = Arrays.stream(
                            languages.toLowerCase(Locale.ROOT).split("[\\s,;]+"))
                    .filter(s -> !s.isEmpty())
                    .distinct()
                    .toList();
            if (codes.stream().anyMatch(c -> !c.matches("[a-z]{2}"))) {
                throw new TeamProblem("languages", "team.profile.badLanguages");
            }
            int capacity = number(weeklyCapacity, 0, 500, "team.profile.badCapacity");
            List<String> areaList = Arrays.stream(areas.split("[,;\\n]"))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .distinct()
                    .toList();
            if (areaList.size() > 20
                    || areaList.stream().anyMatch(a -> a.length() > 80 || !PlainText.Validator.isPlain(a))) {
                throw new TeamProblem("areas", "team.profile.badAreas");
            }
            service.saveProfile(me, userId, jobTitle, codes, capacity, areaList);
            return "team.profile.saved";
        });
    }

    @PostMapping("/team/members/{userId}/skills")
    String setLevel(
            CurrentMember me,
            @PathVariable UUID userId,
            @RequestParam UUID competenceId,
            @RequestParam(defaultValue = "") String level,
            @RequestParam(defaultValue = "") String evidence,
            RedirectAttributes redirect) {
        return act(userId, "skills", redirect, () -> {
            Integer value = level.isBlank() ? null : number(level, 1, 5, "team.level.range");
            if (evidence.length() > 500 || !PlainText.Validator.isPlain(evidence)) {
                throw new TeamProblem("evidence", "team.evidence.bad");
            }
            service.setLevel(me, userId, competenceId, value, evidence);
            return value == null ? "team.level.removed" : "team.level.saved";
        });
    }

    @PostMapping("/team/members/{userId}/proposals")
    String propose(
            CurrentMember me,
            @PathVariable UUID userId,
            @RequestParam(required = false) UUID competenceId,
            @RequestParam(defaultValue = "") String newSkill,
            @RequestParam(defaultValue = "") String level,
            @RequestParam(defaultValue = "") String evidence,
            RedirectAttributes redirect) {
        if (!userId.equals(me.userId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return act(userId, "skills", redirect, () -> {
            if (newSkill.length() > 80 || !PlainText.Validator.isPlain(newSkill)) {
                throw new TeamProblem("newSkill", "team.proposal.badSkill");
            }
            if (evidence.length() > 500 || !PlainText.Validator.isPlain(evidence)) {
                throw new TeamProblem("evidence", "team.evidence.bad");
            }
            catalog.propose(me, competenceId, newSkill, number(level, 1, 5, "team.level.range"), evidence);
            return "team.proposal.sent";
        });
    }

    @PostMapping("/team/members/{userId}/attitudes")
    String addAttitude(
            CurrentMember me,
            @PathVariable UUID userId,
            @RequestParam(defaultValue = "") String trait,
            @RequestParam(defaultValue = "false") boolean agreed,
            RedirectAttributes redirect) {
        return act(userId, "attitudes", redirect, () -> {
            if (trait.isBlank() || trait.length() > 80 || !PlainText.Validator.isPlain(trait)) {
                throw new TeamProblem("trait", "team.attitude.bad");
            }
            if (!agreed) {
                throw new TeamProblem("agreed", "team.attitude.agreementRequired");
            }
            service.addAttitude(me, userId, trait);
            return "team.attitude.saved";
        });
    }

    @PostMapping("/team/members/{userId}/attitudes/{attitudeId}/remove")
    String removeAttitude(
            CurrentMember me, @PathVariable UUID userId, @PathVariable UUID attitudeId, RedirectAttributes redirect) {
        return act(userId, "attitudes", redirect, () -> {
            service.removeAttitude(me, userId, attitudeId);
            return "team.attitude.removed";
        });
    }

    @PostMapping("/team/members/{userId}/autonomy")
    String setAutonomy(
            CurrentMember me,
            @PathVariable UUID userId,
            @RequestParam(defaultValue = "") String area,
            @RequestParam(defaultValue = "") String level,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return act(userId, "autonomy", redirect, () -> {
            if (area.length() > 80 || !PlainText.Validator.isPlain(area) || reason.length() > 300) {
                throw new TeamProblem("area", "team.autonomy.bad");
            }
            AutonomyLevel value;
            try {
                value = level.isBlank() ? null : AutonomyLevel.valueOf(level);
            } catch (IllegalArgumentException e) {
                throw new TeamProblem("level", "team.autonomy.bad");
            }
            service.setAutonomy(me, userId, area.trim(), value, reason);
            return "team.autonomy.saved";
        });
    }

    @PostMapping("/team/members/{userId}/absences")
    String addAbsence(
            CurrentMember me,
            @PathVariable UUID userId,
            @RequestParam(defaultValue = "") String startsOn,
            @RequestParam(defaultValue = "") String endsOn,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        return act(userId, "absences", redirect, () -> {
            LocalDate from = date(startsOn);
            LocalDate to = date(endsOn);
            if (note.length() > 200 || !PlainText.Validator.isPlain(note)) {
                throw new TeamProblem("note", "team.absence.badNote");
            }
            service.addAbsence(me, userId, from, to, note);
            return "team.absence.saved";
        });
    }

    @PostMapping("/team/members/{userId}/absences/{absenceId}/remove")
    String removeAbsence(
            CurrentMember me, @PathVariable UUID userId, @PathVariable UUID absenceId, RedirectAttributes redirect) {
        return act(userId, "absences", redirect, () -> {
            service.removeAbsence(me, userId, absenceId);
            return "team.absence.removed";
        });
    }

    interface Action {
        String run();
    }

    /** Runs a change; a refused one comes back as a message in its section, and nothing is stored. */
    private static String act(UUID userId, String section, RedirectAttributes redirect, Action action) {
        try {
            redirect.addFlashAttribute("sectionFlash", action.run());
        } catch (TeamProblem problem) {
            redirect.addFlashAttribute("sectionProblem", problem.messageKey());
        }
        redirect.addFlashAttribute("section", section);
        return "redirect:/team/members/" + userId + "#" + section;
    }

    private static int number(String text, int min, int max, String problem) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw new TeamProblem(null, problem);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new TeamProblem(null, problem);
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new TeamProblem(null, "team.absence.badDate");
        }
    }
}
