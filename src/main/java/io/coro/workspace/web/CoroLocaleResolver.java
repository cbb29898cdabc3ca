package io.coro.workspace.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of every page: the signed-in person's saved choice, else the language picked on the login page (a
 * cookie), else the browser's preferred language among those Coro speaks, else English.
 */
final class CoroLocaleResolver implements LocaleResolver {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.ITALIAN);
    static final String COOKIE = "coro-lang";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Locale saved = CurrentMemberFilter.of(request)
                .map(member -> member.preferredLocale())
                .orElse(null);
        if (saved != null) {
            return supported(saved.getLanguage());
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && isSupported(cookie.getValue())) {
                    return supported(cookie.getValue());
                }
            }
        }
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed header: fall back to English
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (locale == null || !isSupported(locale.getLanguage())) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        request.setAttribute(COOKIE, locale);
    }

    static boolean isSupported(String language) {
        return SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(language));
    }

    private static Locale supported(String language) {
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(language))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }
}
