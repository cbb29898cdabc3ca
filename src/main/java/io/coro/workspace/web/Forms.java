package io.coro.workspace.web;

import io.coro.workspace.internal.PasswordPolicy;
import io.coro.workspace.internal.WorkspaceProblem;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** Checks shared by the workspace forms; each adds a field error that the page shows next to the field. */
final class Forms {

    /** Time zones offered in forms: the region-based ones, sorted. */
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted()
            .toList();

    private Forms() {}

    static void addZones(Model model) {
        model.addAttribute("zones", ZONES);
    }

    static void checkLanguage(String language, String field, BindingResult errors) {
        if (language != null && !language.isBlank() && !CoroLocaleResolver.isSupported(language)) {
            errors.rejectValue(field, "language.unsupported");
        }
    }

    static ZoneId zone(String zone, String field, BindingResult errors) {
        if (zone == null || zone.isBlank() || errors.hasFieldErrors(field)) {
            return null;
        }
        try {
            if (ZONES.contains(zone)) {
                return ZoneId.of(zone);
            }
        } catch (DateTimeException ignored) {
            // reported below
        }
        errors.rejectValue(field, "timeZone.unknown");
        return null;
    }

    static void checkNewPassword(
            String password, String confirmation, String email, String name, String field, BindingResult errors) {
        PasswordPolicy.problem(password, email, name).ifPresent(key -> errors.rejectValue(field, key));
        if (!errors.hasFieldErrors(field) && !password.equals(confirmation)) {
            errors.rejectValue(field + "Confirmation", "password.mismatch");
        }
    }

    static void reject(WorkspaceProblem problem, BindingResult errors) {
        if (problem.field() == null) {
            errors.reject(problem.messageKey());
        } else {
            errors.rejectValue(problem.field(), problem.messageKey());
        }
    }
}
