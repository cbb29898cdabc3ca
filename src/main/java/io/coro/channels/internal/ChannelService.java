package io.coro.channels.internal;

import io.coro.channels.ChannelEvents;
import io.coro.channels.ChannelRef;
import io.coro.channels.ChannelStatus;
import io.coro.channels.Channels;
import io.coro.channels.spi.ChannelCredentials;
import io.coro.channels.spi.Publishes;
import io.coro.team.Team;
import io.coro.workspace.CurrentMember;
import io.coro.workspace.WorkspaceRole;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up channels (settings, pause, disconnect) and the module's facade. Connecting and reconnecting accounts is
 * {@link ChannelConnections}.
 */
@Service
public class ChannelService implements Channels {

    private final ChannelStore store;
    private final NetworkRegistry networks;
    private final CredentialVault vault;
    private final ApplicationEventPublisher events;
    private final ChannelMailer mailer;
    private final Team team;
    private final io.coro.workspace.Workspaces workspaces;
    private final Clock clock;

    ChannelService(
            ChannelStore store,
            NetworkRegistry networks,
            CredentialVault vault,
            ApplicationEventPublisher events,
            ChannelMailer mailer,
            Team team,
            io.coro.workspace.Workspaces workspaces,
            Optional<Clock> clock) {
        this.workspaces = workspaces;
        this.store = store;
        this.networks = networks;
        this.vault = vault;
        this.events = events;
        this.mailer = mailer;
        this.team = team;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // ---- settings

    record Settings(
            String planChannel,
            String publishers,
            String publisherArea,
            List<UUID> people,
            List<String> postingTimes,
            Publishes.Visibility visibility) {}

    @Transactional
    public void settings(
            CurrentMember me,
            UUID channelId,
            String planChannel,
            String publishers,
            String publisherArea,
            List<UUID> people,
            List<String> postingTimes,
            Publishes.Visibility visibility) {
        settings(me, channelId, new Settings(planChannel, publishers, publisherArea, people, postingTimes, visibility));
    }

    @Transactional
    void settings(CurrentMember me, UUID channelId, Settings settings) {
        requireCoordinator(me);
        ChannelStore.Row row = row(me.workspaceId(), channelId);
        String planChannel =
                settings.planChannel() == null ? "" : settings.planChannel().strip();
        if (planChannel.isEmpty() || planChannel.length() > 40) {
            throw new ChannelProblem("planChannel", "channels.settings.planChannel.invalid");
        }
        String rule = settings.publishers() == null ? "MEMBERS" : settings.publishers();
        if (!List.of("MEMBERS", "AREA", "PEOPLE").contains(rule)) {
            throw new ChannelProblem("publishers", "channels.settings.publishers.invalid");
        }
        String area = settings.publisherArea() == null
                ? null
                : settings.publisherArea().strip();
        if ("AREA".equals(rule) && (area == null || area.isEmpty())) {
            throw new ChannelProblem("publisherArea", "channels.settings.area.missing");
        }
        List<UUID> people = settings.people() == null ? List.of() : settings.people();
        if ("PEOPLE".equals(rule) && people.isEmpty()) {
            throw new ChannelProblem("people", "channels.settings.people.missing");
        }
        List<String> times = times(settings.postingTimes());
        store.settings(
                me.workspaceId(),
                row.ref().id(),
                planChannel,
                rule,
                "AREA".equals(rule) ? area : null,
                times,
                settings.visibility() == null ? Publishes.Visibility.PUBLIC : settings.visibility(),
                "PEOPLE".equals(rule) ? people : List.of(),
                clock.instant());
    }

    /** Times of day separated by commas, spaces or lines (09:00, 18:30): sorted, without repeats, at most 12. */
    static List<String> times(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        List<String> times = raw.stream()
                .flatMap(value -> java.util.Arrays.stream(value.split("[,;\\s]+")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .map(value -> {
                    try {
                        return LocalTime.parse(value.length() == 4 ? "0" + value : value);
                    } catch (DateTimeParseException e) {
                        throw new ChannelProblem("postingTimes", "channels.settings.times.invalid", value);
                    }
                })
                .distinct()
                .sorted()
                .map(time -> String.format("%02d:%02d", time.getHour(), time.getMinute()))
                .toList();
        if (times.size() > 12) {
            throw new ChannelProblem("postingTimes", "channels.settings.times.tooMany");
        }
        return times;
    }

    @Transactional
    public void pause(CurrentMember me, UUID channelId, boolean paused) {
        requireCoordinator(me);
        ChannelStore.Row row = row(me.workspaceId(), channelId);
        if (store.paused(me.workspaceId(), row.ref().id(), paused, clock.instant())) {
            events.publishEvent(
                    paused
                            ? new ChannelEvents.ChannelPaused(me.workspaceId(), channelId, me.userId())
                            : new ChannelEvents.ChannelResumed(me.workspaceId(), channelId, me.userId()));
        }
    }

    @Transactional
    public void disconnect(CurrentMember me, UUID channelId) {
        requireCoordinator(me);
        ChannelStore.Row row = row(me.workspaceId(), channelId);
        store.status(me.workspaceId(), row.ref().id(), ChannelStatus.DISCONNECTED, null, clock.instant());
        store.updateSecrets(
                me.workspaceId(),
                row.ref().id(),
                SecretsCodec.seal(vault, me.workspaceId(), channelId, Map.of()),
                clock.instant());
        events.publishEvent(new ChannelEvents.ChannelDisconnected(me.workspaceId(), channelId, me.userId()));
    }

    /** A channel as its page shows it. */
    public record ChannelView(ChannelRef ref, String serviceUrl, String publishers, String publisherArea) {}

    public List<ChannelRef> channels(UUID workspaceId) {
        return all(workspaceId);
    }

    public Optional<ChannelView> channel(UUID workspaceId, UUID channelId) {
        return store.find(workspaceId, channelId)
                .filter(row -> row.ref().status() != ChannelStatus.DISCONNECTED)
                .map(row -> new ChannelView(row.ref(), row.serviceUrl(), row.publishers(), row.publisherArea()));
    }

    ChannelStore.Row row(UUID workspaceId, UUID channelId) {
        return store.find(workspaceId, channelId)
                .filter(row -> row.ref().status() != ChannelStatus.DISCONNECTED)
                .orElseThrow(() -> new ChannelProblem("channel", "channels.notFound"));
    }

    public List<UUID> people(UUID channelId) {
        return store.people(channelId);
    }

    static void requireCoordinator(CurrentMember me) {
        if (!me.hasWorkspace() || !me.is(WorkspaceRole.COORDINATOR)) {
            throw new AccessDeniedException("Only coordinators and owners manage channels");
        }
    }

    // ---- the facade

    @Override
    public List<ChannelRef> all(UUID workspaceId) {
        return store.all(workspaceId).stream().map(ChannelStore.Row::ref).toList();
    }

    @Override
    public Optional<ChannelRef> find(UUID workspaceId, UUID channelId) {
        return store.find(workspaceId, channelId).map(ChannelStore.Row::ref);
    }

    @Override
    public List<ChannelRef> forPlanChannel(UUID workspaceId, String planChannel) {
        return store.forPlanChannel(workspaceId, planChannel).stream()
                .map(ChannelStore.Row::ref)
                .toList();
    }

    @Override
    public Optional<Publisher> publisher(UUID workspaceId, UUID channelId) {
        return store.find(workspaceId, channelId)
                .filter(row -> row.ref().status() != ChannelStatus.DISCONNECTED)
                .flatMap(row -> networks.find(row.ref().network(), Publishes.class)
                        .map(network -> new Publisher(
                                row.ref(),
                                network,
                                new ChannelCredentials(
                                        row.serviceUrl(),
                                        row.accountId(),
                                        SecretsCodec.open(vault, workspaceId, channelId, row.sealedSecrets()),
                                        renewed -> store.updateSecrets(
                                                workspaceId,
                                                channelId,
                                                SecretsCodec.seal(vault, workspaceId, channelId, renewed),
                                                clock.instant())),
                                row.ref().capabilities())));
    }

    @Override
    @Transactional
    public void needsReconnection(UUID workspaceId, UUID channelId, String reason) {
        String shortReason = reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        if (store.status(workspaceId, channelId, ChannelStatus.NEEDS_RECONNECTION, shortReason, clock.instant())) {
            events.publishEvent(new ChannelEvents.ChannelNeedsReconnection(workspaceId, channelId, shortReason));
            store.find(workspaceId, channelId).ifPresent(mailer::needsReconnection);
        }
    }

    @Override
    public boolean mayPublish(UUID workspaceId, UUID channelId, UUID userId) {
        Optional<ChannelStore.Row> found = store.find(workspaceId, channelId);
        if (found.isEmpty() || userId == null) {
            return false;
        }
        ChannelStore.Row row = found.get();
        boolean coordinator = workspaces.members(workspaceId).stream()
                .anyMatch(m -> m.userId().equals(userId) && m.role().includes(WorkspaceRole.COORDINATOR));
        if (coordinator) {
            return true;
        }
        return switch (row.publishers()) {
            case "AREA" -> team.holdsArea(workspaceId, userId, row.publisherArea());
            case "PEOPLE" -> store.people(channelId).contains(userId);
            default -> true;
        };
    }
}
