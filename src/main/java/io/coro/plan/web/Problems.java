package io.coro.plan.web;

import io.coro.plan.internal.PlanProblem;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Turns a refused change into a message next to the field it concerns, after the redirect back to the form. */
final class Problems {

    private Problems() {}

    /** Another workspace's id, or one that does not exist: the same 404 either way. */
    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    static void flash(PlanProblem problem, MessageSource messages, Locale locale, RedirectAttributes redirect) {
        if ("plan.item.notFound".equals(problem.messageKey()) || "plan.slot.notFound".equals(problem.messageKey())) {
            throw notFound();
        }
        String text = text(problem, messages, locale);
        redirect.addFlashAttribute("errors", Map.of(problem.field(), text));
        redirect.addFlashAttribute("planProblem", text);
    }

    static String text(PlanProblem problem, MessageSource messages, Locale locale) {
        Object[] args = problem.arguments();
        if ("plan.transition.illegal".equals(problem.messageKey())) {
            args = new Object[] {
                messages.getMessage("plan.status." + args[0], null, String.valueOf(args[0]), locale),
                messages.getMessage("plan.status." + args[1], null, String.valueOf(args[1]), locale)
            };
        }
        return messages.getMessage(problem.messageKey(), args, problem.messageKey(), locale);
    }
}
