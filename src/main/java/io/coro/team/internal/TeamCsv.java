package io.coro.team.internal;

import io.coro.shared.validation.PlainText;
import io.coro.workspace.CurrentMember;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team as a spreadsheet: one row per member, one column per competence (its code) holding the level. Import checks
 * every row first and stores all of it or nothing; each problem is reported with its line.
 */
@Service
public class TeamCsv {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_ROWS = 5000;
    static final List<String> FIXED = List.of("email", "name", "job_title", "languages", "weekly_capacity", "areas");

    private final Profiles profiles;
    private final Competences competences;
    private final TeamLog log;

    TeamCsv(Profiles profiles, Competences competences, TeamLog log) {
        this.profiles = profiles;
        this.competences = competences;
        this.log = log;
    }

    /** A problem in the file: the line (1 is the header), the message key and its arguments. */
    public record Problem(long line, String messageKey, List<Object> args) {}

    public record Result(int members, int levels, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    @PreAuthorize("hasRole('VIEWER')")
    public void export(CurrentMember me, Writer out) throws IOException {
        UUID ws = me.workspaceId();
        List<Competence> catalog = competences.catalog(ws);
        Map<UUID, Map<UUID, Integer>> levels = new HashMap<>();
        competences
                .held(ws)
                .forEach(h ->
                        levels.computeIfAbsent(h.userId(), k -> new HashMap<>()).put(h.competenceId(), h.level()));
        Map<UUID, List<String>> areas = new HashMap<>();
        profiles.areas(ws)
                .forEach(a -> areas.computeIfAbsent(a.userId(), k -> new ArrayList<>())
                        .add(a.area()));
        List<String> header = new ArrayList<>(FIXED);
        catalog.forEach(c -> header.add(c.code()));
        // not closed: the writer belongs to the caller
        CSVPrinter printer = CSVFormat.RFC4180
                .builder()
                .setHeader(header.toArray(String[]::new))
                .get()
                .print(out);
        for (Profiles.Profile p : profiles.all(ws)) {
            List<Object> row = new ArrayList<>(List.of(
                    p.email(),
                    p.displayName(),
                    p.jobTitle(),
                    String.join(" ", p.languages()),
                    p.weeklyCapacity(),
                    String.join("; ", areas.getOrDefault(p.userId(), List.of()))));
            Map<UUID, Integer> held = levels.getOrDefault(p.userId(), Map.of());
            for (Competence c : catalog) {
                Integer level = held.get(c.id());
                row.add(level == null ? "" : level);
            }
            printer.printRecord(row);
        }
        printer.flush();
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Result importFile(CurrentMember me, byte[] content) {
        if (content.length == 0) {
            return failed(0, "team.import.empty");
        }
        if (content.length > MAX_BYTES) {
            return failed(0, "team.import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return failed(0, "team.import.notText");
        }
        if (text.indexOf('\0') >= 0) {
            return failed(0, "team.import.notText");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // spreadsheet programs write a byte-order mark
        }
        try (Reader reader = new StringReader(text)) {
            return importRows(me, reader);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return failed(0, "team.import.unreadable", String.valueOf(e.getMessage()));
        }
    }

    private Result importRows(CurrentMember me, Reader reader) throws IOException {
        UUID ws = me.workspaceId();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setAllowMissingColumnNames(false)
                .get();
        List<Problem> problems = new ArrayList<>();
        Map<String, Competence> byCode = new HashMap<>();
        competences.catalog(ws).forEach(c -> byCode.put(c.code(), c));
        Map<String, Profiles.Profile> members = new HashMap<>();
        profiles.all(ws).forEach(p -> members.put(p.email().toLowerCase(Locale.ROOT), p));
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser =
                CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            if (!header.contains("email")) {
                return failed(1, "team.import.noEmailColumn");
            }
            for (String column : header) {
                if (!FIXED.contains(column) && !byCode.containsKey(column)) {
                    problems.add(new Problem(1, "team.import.unknownSkill", List.of(column)));
                }
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (rows.size() >= MAX_ROWS) {
                    problems.add(new Problem(line, "team.import.tooManyRows", List.of(MAX_ROWS)));
                    break;
                }
                Row row = parseRow(record, line, header, byCode, members, seen, problems);
                if (row != null) {
                    rows.add(row);
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Result(0, 0, problems);
        }
        int levels = 0;
        for (Row row : rows) {
            profiles.save(ws, row.userId, row.jobTitle, row.languages, row.capacity);
            profiles.replaceAreas(ws, row.userId, row.areas);
            for (Map.Entry<UUID, Integer> level : row.levels.entrySet()) {
                Integer old =
                        competences.levelOf(ws, row.userId, level.getKey()).orElse(null);
                if (!java.util.Objects.equals(old, level.getValue())) {
                    competences.setLevel(
                            ws,
                            row.userId,
                            level.getKey(),
                            level.getValue(),
                            "CSV import",
                            LocalDate.now(),
                            me.userId());
                    levels++;
                }
            }
        }
        log.record(
                ws, me.userId(), null, "IMPORT", "imported " + rows.size() + " members, " + levels + " levels changed");
        return new Result(rows.size(), levels, List.of());
    }

    private record Row(
            UUID userId,
            String jobTitle,
            List<String> languages,
            int capacity,
            List<String> areas,
            Map<UUID, Integer> levels) {}

    private Row parseRow(
            CSVRecord record,
            long line,
            List<String> header,
            Map<String, Competence> byCode,
            Map<String, Profiles.Profile> members,
            Set<String> seen,
            List<Problem> problems) {
        int before = problems.size();
        String email = value(record, "email").toLowerCase(Locale.ROOT);
        Profiles.Profile member = members.get(email);
        if (email.isEmpty()) {
            problems.add(new Problem(line, "team.import.emailMissing", List.of()));
        } else if (!seen.add(email)) {
            problems.add(new Problem(line, "team.import.duplicateEmail", List.of(email)));
        } else if (member == null) {
            problems.add(new Problem(line, "team.import.notMember", List.of(email)));
        }
        String jobTitle = value(record, "job_title");
        if (jobTitle.length() > 100 || !PlainText.Validator.isPlain(jobTitle)) {
            problems.add(new Problem(line, "team.import.badJobTitle", List.of()));
        }
        List<String> languages = new ArrayList<>();
        for (String language :
                value(record, "languages").toLowerCase(Locale.ROOT).split("[\\s;,]+")) {
            if (language.isEmpty()) {
                continue;
            }
            if (!language.matches("[a-z]{2}")) {
                problems.add(new Problem(line, "team.import.badLanguage", List.of(language)));
            } else if (!languages.contains(language)) {
                languages.add(language);
            }
        }
        int capacity = 10;
        String capacityText = value(record, "weekly_capacity");
        if (!capacityText.isEmpty()) {
            try {
                capacity = Integer.parseInt(capacityText);
                if (capacity < 0 || capacity > 500) {
                    problems.add(new Problem(line, "team.import.badCapacity", List.of(capacityText)));
                }
            } catch (NumberFormatException e) {
                problems.add(new Problem(line, "team.import.badCapacity", List.of(capacityText)));
            }
        }
        List<String> areas = new ArrayList<>();
        for (String area : value(record, "areas").split(";")) {
            String trimmed = area.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.length() > 80 || !PlainText.Validator.isPlain(trimmed)) {
                problems.add(new Problem(
                        line,
                        "team.import.badArea",
                        List.of(trimmed.length() > 40 ? trimmed.substring(0, 40) + "…" : trimmed)));
            } else {
                areas.add(trimmed);
            }
        }
        Map<UUID, Integer> levels = new LinkedHashMap<>();
        for (String column : header) {
            Competence competence = byCode.get(column);
            if (competence == null || FIXED.contains(column)) {
                continue;
            }
            String cell = value(record, column);
            if (cell.isEmpty()) {
                levels.put(competence.id(), null);
                continue;
            }
            try {
                int level = Integer.parseInt(cell);
                if (level < 1 || level > 5) {
                    problems.add(new Problem(line, "team.import.badLevel", List.of(column, cell)));
                } else {
                    levels.put(competence.id(), level);
                }
            } catch (NumberFormatException e) {
                problems.add(new Problem(
                        line,
                        "team.import.badLevel",
                        List.of(column, cell.length() > 20 ? cell.substring(0, 20) + "…" : cell)));
            }
        }
        if (problems.size() > before || member == null) {
            return null;
        }
        return new Row(member.userId(), jobTitle, languages, capacity, areas, levels);
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column)
                ? record.get(column).trim()
                : "";
    }

    private static Result failed(long line, String key, Object... args) {
        return new Result(0, 0, List.of(new Problem(line, key, List.of(args))));
    }
}
