package io.coro.strategy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The strategy of a workspace as data: who it speaks to, what each channel is for, the content pillars with their
 * target share of posts, the tone of voice, and free guidelines. Saved as versions; pillars keep their ids.
 */
public record StrategyDocument(
        List<Audience> audiences,
        List<ChannelRole> channels,
        List<Pillar> pillars,
        ToneOfVoice tone,
        String guidelines) {

    public static StrategyDocument empty() {
        return new StrategyDocument(List.of(), List.of(), List.of(), ToneOfVoice.empty(), "");
    }

    public Optional<Pillar> pillar(UUID id) {
        return pillars.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** An audience or persona: who they are and what they need from the company. */
    public record Audience(UUID id, String name, String description) {}

    /** What a channel is for, e.g. Instagram: "showing the lab and the new flavours". */
    public record ChannelRole(String channel, String role) {}

    /**
     * A content pillar: a theme the company posts about. {@code targetShare} is the planned share of posts in
     * percent; {@code competences} are the codes of the team competences needed to write for it.
     */
    public record Pillar(
            UUID id,
            String name,
            String description,
            int targetShare,
            List<UUID> objectiveIds,
            List<String> competences,
            String colour) {}

    /** How the company speaks: principles, examples to follow and to avoid, words never to use. */
    public record ToneOfVoice(
            List<String> principles, List<String> doExamples, List<String> dontExamples, List<String> wordsToAvoid) {

        public static ToneOfVoice empty() {
            return new ToneOfVoice(List.of(), List.of(), List.of(), List.of());
        }
    }
}
