package io.coro.plan.web;

import io.coro.plan.internal.PlanProblem;
import io.coro.plan.internal.SlotPlanner;
import io.coro.plan.internal.Slots;
import io.coro.strategy.Strategy;
import io.coro.workspace.CurrentMember;
import io.coro.workspace.WorkspaceRole;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recurring slots: everyone sees them, coordinators add, pause and remove them. */
@Controller
class SlotController {

    static final String VIEW = "plan/slots";

    private final Slots slots;
    private final SlotPlanner planner;
    private final Strategy strategy;
    private final MessageSource messages;

    SlotController(Slots slots, SlotPlanner planner, Strategy strategy, MessageSource messages) {
        this.slots = slots;
        this.planner = planner;
        this.strategy = strategy;
        this.messages = messages;
    }

    @GetMapping("/plan/slots")
    String slots(CurrentMember me, Model model) {
        UUID ws = me.workspaceId();
        model.addAttribute("slots", slots.of(ws));
        model.addAttribute("pillars", strategy.pillars(ws));
        model.addAttribute("channels", strategy.channels(ws));
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("coordinator", me.is(WorkspaceRole.COORDINATOR));
        model.addAttribute("zone", me.workspace().timeZone());
        return VIEW;
    }

    @PostMapping("/plan/slots")
    String save(
            CurrentMember me,
            @RequestParam(required = false) UUID id,
            @RequestParam(required = false) List<Integer> weekdays,
            @RequestParam(defaultValue = "") String time,
            @RequestParam(defaultValue = "1") String everyWeeks,
            @RequestParam(defaultValue = "") String startsOn,
            @RequestParam(defaultValue = "") String channel,
            @RequestParam(required = false) UUID pillarId,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "true") boolean active,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (Integer d : weekdays == null ? List.<Integer>of() : weekdays) {
                if (d == null || d < 1 || d > 7) {
                    throw new PlanProblem("weekdays", "plan.slot.weekdaysRequired");
                }
                days.add(DayOfWeek.of(d));
            }
            LocalTime at = parseTime(time);
            int every = parseEvery(everyWeeks);
            LocalDate from = parseDate(startsOn);
            planner.save(me, id, days, at, every, from, channel, pillarId, note, active);
            redirect.addFlashAttribute("flash", "plan.slot.saved");
        } catch (PlanProblem problem) {
            Problems.flash(problem, messages, locale, redirect);
        }
        return "redirect:/plan/slots";
    }

    @PostMapping("/plan/slots/{id}/active")
    String activate(
            CurrentMember me,
            @PathVariable UUID id,
            @RequestParam boolean active,
            Locale locale,
            RedirectAttributes redirect) {
        var slot = slots.find(me.workspaceId(), id).orElseThrow(Problems::notFound);
        try {
            planner.save(
                    me,
                    id,
                    slot.weekdays(),
                    slot.time(),
                    slot.everyWeeks(),
                    slot.startsOn(),
                    slot.channel(),
                    slot.pillarId(),
                    slot.note(),
                    active);
            redirect.addFlashAttribute("flash", active ? "plan.slot.resumed" : "plan.slot.paused");
        } catch (PlanProblem problem) {
            Problems.flash(problem, messages, locale, redirect);
        }
        return "redirect:/plan/slots";
    }

    @PostMapping("/plan/slots/{id}/delete")
    String delete(CurrentMember me, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        try {
            planner.delete(me, id);
            redirect.addFlashAttribute("flash", "plan.slot.deleted");
        } catch (PlanProblem problem) {
            Problems.flash(problem, messages, locale, redirect);
        }
        return "redirect:/plan/slots";
    }

    private static LocalTime parseTime(String value) {
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new PlanProblem("time", "plan.slot.badTime");
        }
    }

    private static int parseEvery(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new PlanProblem("everyWeeks", "plan.slot.badEvery");
        }
    }

    private static LocalDate parseDate(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new PlanProblem("startsOn", "plan.item.badDate");
        }
    }
}
