package io.coro.strategy.internal;

import io.coro.strategy.Strategy;
import io.coro.strategy.StrategyDocument;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class StrategyDirectory implements Strategy {

    static final List<String> USUAL_CHANNELS =
            List.of("Instagram", "Facebook", "Bluesky", "Mastodon", "LinkedIn", "TikTok", "YouTube", "Newsletter");

    private final StrategyVersions versions;

    StrategyDirectory(StrategyVersions versions) {
        this.versions = versions;
    }

    @Override
    public StrategyDocument current(UUID workspaceId) {
        return versions.latest(workspaceId).orElseGet(StrategyDocument::empty);
    }

    @Override
    public Optional<StrategyDocument> asOf(UUID workspaceId, Instant moment) {
        return versions.asOf(workspaceId, moment);
    }

    @Override
    public List<String> channels(UUID workspaceId) {
        List<String> named = current(workspaceId).channels().stream()
                .map(StrategyDocument.ChannelRole::channel)
                .toList();
        return named.isEmpty() ? USUAL_CHANNELS : named;
    }
}
