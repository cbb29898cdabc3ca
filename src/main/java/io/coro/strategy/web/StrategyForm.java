package io.coro.strategy.web;

import io.coro.strategy.StrategyDocument;
import io.coro.strategy.StrategyDocument.Audience;
import io.coro.strategy.StrategyDocument.ChannelRole;
import io.coro.strategy.StrategyDocument.Pillar;
import io.coro.strategy.StrategyDocument.ToneOfVoice;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The strategy as a form: rows of pillars, audiences and channel roles (a row with an empty name is dropped, so
 * blank rows add and cleared rows remove), and the tone of voice as lines of text.
 */
public class StrategyForm {

    static final int BLANK_ROWS = 2;

    private List<PillarRow> pillars = new ArrayList<>();
    private List<AudienceRow> audiences = new ArrayList<>();
    private List<ChannelRow> channels = new ArrayList<>();
    private String principles = "";
    private String doExamples = "";
    private String dontExamples = "";
    private String wordsToAvoid = "";
    private String guidelines = "";
    private String note = "";

    public static class PillarRow {
        private String id = "";
        private String name = "";
        private String description = "";
        private String share = "";
        private String colour = "#4338ca";
        private List<String> competences = new ArrayList<>();
        private List<String> objectives = new ArrayList<>();

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getShare() {
            return share;
        }

        public void setShare(String share) {
            this.share = share;
        }

        public String getColour() {
            return colour;
        }

        public void setColour(String colour) {
            this.colour = colour;
        }

        public List<String> getCompetences() {
            return competences;
        }

        public void setCompetences(List<String> competences) {
            this.competences = competences;
        }

        public List<String> getObjectives() {
            return objectives;
        }

        public void setObjectives(List<String> objectives) {
            this.objectives = objectives;
        }
    }

    public static class AudienceRow {
        private String id = "";
        private String name = "";
        private String description = "";

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    public static class ChannelRow {
        private String channel = "";
        private String role = "";

        public String getChannel() {
            return channel;
        }

        public void setChannel(String channel) {
            this.channel = channel;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }
    }

    static StrategyForm of(StrategyDocument d) {
        StrategyForm form = new StrategyForm();
        for (Pillar p : d.pillars()) {
            PillarRow row = new PillarRow();
            row.id = p.id().toString();
            row.name = p.name();
            row.description = p.description();
            row.share = Integer.toString(p.targetShare());
            row.colour = p.colour();
            row.competences = new ArrayList<>(p.competences());
            row.objectives = new ArrayList<>(
                    p.objectiveIds().stream().map(UUID::toString).toList());
            form.pillars.add(row);
        }
        for (Audience a : d.audiences()) {
            AudienceRow row = new AudienceRow();
            row.id = a.id().toString();
            row.name = a.name();
            row.description = a.description();
            form.audiences.add(row);
        }
        for (ChannelRole c : d.channels()) {
            ChannelRow row = new ChannelRow();
            row.channel = c.channel();
            row.role = c.role();
            form.channels.add(row);
        }
        form.principles = String.join("\n", d.tone().principles());
        form.doExamples = String.join("\n", d.tone().doExamples());
        form.dontExamples = String.join("\n", d.tone().dontExamples());
        form.wordsToAvoid = String.join(", ", d.tone().wordsToAvoid());
        form.guidelines = d.guidelines();
        return form.withBlankRows();
    }

    StrategyForm withBlankRows() {
        for (int i = 0; i < BLANK_ROWS; i++) {
            pillars.add(new PillarRow());
            audiences.add(new AudienceRow());
            channels.add(new ChannelRow());
        }
        return this;
    }

    /** The document, or a {@link FormProblem} naming the row and what is wrong with it. */
    StrategyDocument toDocument() {
        List<Pillar> pillarList = new ArrayList<>();
        for (PillarRow row : pillars) {
            if (row.name == null || row.name.isBlank()) {
                continue;
            }
            int share;
            try {
                share = row.share == null || row.share.isBlank() ? 0 : Integer.parseInt(row.share.trim());
            } catch (NumberFormatException e) {
                throw new FormProblem("pillar.share.notNumber", row.name.trim());
            }
            check(row.name, 80, "pillar.name.tooLong");
            check(row.description, 500, "pillar.description.tooLong");
            String colour = row.colour != null && row.colour.matches("#[0-9a-fA-F]{6}") ? row.colour : "#4338ca";
            pillarList.add(new Pillar(
                    idOrNew(row.id),
                    row.name.trim(),
                    row.description == null ? "" : row.description.trim(),
                    share,
                    row.objectives.stream()
                            .filter(s -> !s.isBlank())
                            .map(UUID::fromString)
                            .toList(),
                    row.competences.stream().filter(s -> !s.isBlank()).toList(),
                    colour));
        }
        List<Audience> audienceList = new ArrayList<>();
        for (AudienceRow row : audiences) {
            if (row.name == null || row.name.isBlank()) {
                continue;
            }
            check(row.name, 80, "audience.name.tooLong");
            check(row.description, 500, "audience.description.tooLong");
            audienceList.add(new Audience(
                    idOrNew(row.id), row.name.trim(), row.description == null ? "" : row.description.trim()));
        }
        List<ChannelRole> channelList = new ArrayList<>();
        for (ChannelRow row : channels) {
            if (row.channel == null || row.channel.isBlank()) {
                continue;
            }
            check(row.channel, 40, "channel.name.tooLong");
            check(row.role, 300, "channel.role.tooLong");
            channelList.add(new ChannelRole(row.channel.trim(), row.role == null ? "" : row.role.trim()));
        }
        check(guidelines, 5000, "guidelines.tooLong");
        return new StrategyDocument(
                audienceList,
                channelList,
                pillarList,
                new ToneOfVoice(lines(principles), lines(doExamples), lines(dontExamples), list(wordsToAvoid)),
                guidelines == null ? "" : guidelines.trim());
    }

    private static void check(String text, int max, String key) {
        if (text != null && text.trim().length() > max) {
            throw new FormProblem(key, max);
        }
    }

    private static UUID idOrNew(String id) {
        try {
            return id == null || id.isBlank() ? UUID.randomUUID() : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return UUID.randomUUID();
        }
    }

    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> lines = Arrays.stream(text.split("\\R"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
        for (String line : lines) {
            if (line.length() > 300) {
                throw new FormProblem("tone.line.tooLong", 300);
            }
        }
        return lines;
    }

    static List<String> list(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\n]"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    /** A problem in the form, with the message key and its arguments. */
    static class FormProblem extends RuntimeException {
        final String key;
        final Object[] args;

        FormProblem(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }
    }

    public List<PillarRow> getPillars() {
        return pillars;
    }

    public void setPillars(List<PillarRow> pillars) {
        this.pillars = pillars;
    }

    public List<AudienceRow> getAudiences() {
        return audiences;
    }

    public void setAudiences(List<AudienceRow> audiences) {
        this.audiences = audiences;
    }

    public List<ChannelRow> getChannels() {
        return channels;
    }

    public void setChannels(List<ChannelRow> channels) {
        this.channels = channels;
    }

    public String getPrinciples() {
        return principles;
    }

    public void setPrinciples(String principles) {
        this.principles = principles;
    }

    public String getDoExamples() {
        return doExamples;
    }

    public void setDoExamples(String doExamples) {
        this.doExamples = doExamples;
    }

    public String getDontExamples() {
        return dontExamples;
    }

    public void setDontExamples(String dontExamples) {
        this.dontExamples = dontExamples;
    }

    public String getWordsToAvoid() {
        return wordsToAvoid;
    }

    public void setWordsToAvoid(String wordsToAvoid) {
        this.wordsToAvoid = wordsToAvoid;
    }

    public String getGuidelines() {
        return guidelines;
    }

    public void setGuidelines(String guidelines) {
        this.guidelines = guidelines;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
