package io.coro;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * English and Italian stay in step: every bundle (messages, strategy, plan, channels, publishing) has the same keys in both languages, no
 * empty text, and every key a template names exists.
 */
class MessagesTests {

    static final Path DIR = Path.of("src/main/resources/messages");
    static final List<String> BUNDLES = List.of("messages", "strategy", "plan", "channels", "publishing");
    static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "strategy", "plan", "channels", "publishing"})
    void everyKeyHasItsTwinInTheOtherLanguage(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties it = load(bundle + "_it.properties");
        assertThat(it.stringPropertyNames()).as(bundle).isEqualTo(en.stringPropertyNames());
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (String bundle : BUNDLES) {
            for (String key : load(bundle + ".properties").stringPropertyNames()) {
                if (!seen.add(key)) {
                    twice.add(bundle + ": " + key);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "strategy", "plan", "channels", "publishing"})
    void noTextIsEmptyOrLeftUntranslatedByMistake(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties it = load(bundle + "_it.properties");
        for (String key : en.stringPropertyNames()) {
            assertThat(en.getProperty(key)).as(key).isNotBlank();
            assertThat(it.getProperty(key)).as(key).isNotBlank();
        }
        // the same text in both files is allowed only for short words that are the same in both languages, and for
        // patterns made of placeholders and symbols alone ("{0}: {1} → {2}")
        Set<String> same = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            String words = en.getProperty(key).replaceAll("\\{\\d[^}]*}", "").replaceAll("[^\\p{L}]", "");
            if (en.getProperty(key).equals(it.getProperty(key)) && words.length() > 12) {
                same.add(key);
            }
        }
        assertThat(same)
                .as("keys with identical long texts in English and Italian")
                .isEmpty();
    }

    /**
     * Spring formats a message with MessageFormat only when it has arguments: there an apostrophe must be doubled;
     * without arguments a doubled one would show twice.
     */
    @Test
    void apostrophesMatchHowEachMessageIsFormatted() throws IOException {
        for (String bundle : BUNDLES) {
            for (String file : List.of(bundle + ".properties", bundle + "_it.properties")) {
                Properties messages = load(file);
                for (String key : messages.stringPropertyNames()) {
                    String text = messages.getProperty(key);
                    if (ARGUMENT.matcher(text).find()) {
                        assertThat(text.replace("''", "")).as(file + " " + key).doesNotContain("'");
                    } else {
                        assertThat(text).as(file + " " + key).doesNotContain("''");
                    }
                }
            }
        }
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        Set<String> keys = new HashSet<>();
        for (String bundle : BUNDLES) {
            keys.addAll(load(bundle + ".properties").stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!keys.contains(matcher.group(1))) {
                        missing.add(template.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        Path file = DIR.resolve(name);
        if (!Files.exists(file)) {
            return properties;
        }
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
