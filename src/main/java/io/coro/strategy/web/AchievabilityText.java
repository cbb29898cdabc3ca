package io.coro.strategy.web;

import io.coro.strategy.internal.Achievability;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The achievability check in plain words: "needs +38 % a month; your last 3 months grew 2 % a month". */
@Component("achievabilityText")
class AchievabilityText {

    private final MessageSource messages;

    AchievabilityText(MessageSource messages) {
        this.messages = messages;
    }

    public String sentence(Achievability.Check check, Locale locale) {
        if (check.verdict() == Achievability.Verdict.UNKNOWN) {
            return messages.getMessage(
                    check.required() == null && check.months() > 0
                            ? "achievability.fromZero"
                            : "achievability.noBaseline",
                    null,
                    locale);
        }
        String kind = check.inPoints() ? "points" : check.kpi().higherIsBetter() ? "growth" : "reduction";
        String needs = messages.getMessage(
                "achievability.needs." + kind, new Object[] {amount(check, check.required(), locale)}, locale);
        String trend = check.trend() == null
                ? messages.getMessage("achievability.trend.none", null, locale)
                : messages.getMessage(
                        "achievability.trend." + kind, new Object[] {amount(check, check.trend(), locale)}, locale);
        String typical = messages.getMessage(
                "achievability.typical." + kind, new Object[] {amount(check, check.typical(), locale)}, locale);
        return needs + "; " + trend + "; " + typical + ".";
    }

    static String amount(Achievability.Check check, double value, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        number.setMinimumFractionDigits(0);
        if (check.inPoints()) {
            return number.format(value);
        }
        String formatted = number.format(Math.abs(value) * 100) + " %";
        return (value < 0 ? "−" : check.kpi().higherIsBetter() ? "+" : "") + formatted;
    }
}
