package io.coro.workspace.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A sane password rule, after NIST SP 800-63B: long enough, not a well-known password, not the person's own e-mail or
 * name, no composition rules. Returns the message key of what is wrong.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "password",
            "password1",
            "password12",
            "password123",
            "password1234",
            "1234567890",
            "12345678901",
            "123456789012",
            "0123456789",
            "qwertyuiop",
            "qwertyuiop1",
            "1q2w3e4r5t",
            "1qaz2wsx3edc",
            "iloveyou12",
            "passw0rd123",
            "abcdefghij",
            "abc1234567",
            "letmein123",
            "welcome123",
            "administrator",
            "changeme123",
            "password!1",
            "qwerty1234",
            "qwerty12345",
            "football123",
            "princess123",
            "sunshine123",
            "baseball123",
            "superman123",
            "trustno1234",
            "passwordpassword",
            "benvenuto1",
            "benvenuto123",
            "ciaociao12",
            "ciao123456",
            "juventus123",
            "napoli1926",
            "forzainter",
            "forzamilan",
            "forzaroma1",
            "amoremio12",
            "tiamo12345",
            "francesco1",
            "alessandro",
            "cambiami123",
            "coro123456",
            "corocoro12");

    private PasswordPolicy() {}

    public static Optional<String> problem(String password, String email, String name) {
        if (password == null || password.isBlank()) {
            return Optional.of("password.required");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            return Optional.of("password.tooCommon");
        }
        if (email != null && !email.isBlank()) {
            String local = email.toLowerCase(Locale.ROOT).split("@")[0];
            if (lower.equals(email.toLowerCase(Locale.ROOT)) || (local.length() >= 4 && lower.contains(local))) {
                return Optional.of("password.containsEmail");
            }
        }
        if (name != null
                && name.trim().length() >= 4
                && lower.contains(name.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsName");
        }
        return Optional.empty();
    }
}
