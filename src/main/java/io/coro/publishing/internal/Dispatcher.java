package io.coro.publishing.internal;

import io.coro.channels.ChannelRef;
import io.coro.channels.ChannelStatus;
import io.coro.channels.Channels;
import io.coro.channels.spi.PublishResult;
import io.coro.channels.spi.Publishes;
import io.coro.plan.ItemStatus;
import io.coro.plan.Plan;
import io.coro.publishing.PublishingEvents;
import io.coro.shared.jobs.JobsProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes one due item on each of its channels, exactly once. Runs inside the item's db-scheduler execution, so
 * one node at a time works on an item; the ledger makes it safe across crashes:
 *
 * <ol>
 *   <li>a ledger row per channel, with an idempotency key the network receives on every attempt;
 *   <li>the row is SENDING, committed, before the request leaves;
 *   <li>a row found SENDING (a crash, a timeout) is reconciled with the network first: published, or surely not, and
 *       only then sent again;
 *   <li>what failed is classified: held (credentials, pause, freeze), waiting (rate limit, network down, with
 *       backoff), or failed for good (the content), and the item goes back to its people with the reason.
 * </ol>
 *
 * @see PublishTask
 */
@Component
class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Plan plan;
    private final Channels channels;
    private final Ledger ledger;
    private final Freezes freezes;
    private final PostBuilder posts;
    private final PublishingProperties properties;
    private final PublishingMailer mailer;
    private final ApplicationEventPublisher events;
    private final String node;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate tx;

    Dispatcher(
            org.springframework.transaction.support.TransactionTemplate tx,
            Plan plan,
            Channels channels,
            Ledger ledger,
            Freezes freezes,
            PostBuilder posts,
            PublishingProperties properties,
            PublishingMailer mailer,
            ApplicationEventPublisher events,
            JobsProperties jobs,
            Optional<Clock> clock) {
        this.tx = tx;
        this.plan = plan;
        this.channels = channels;
        this.ledger = ledger;
        this.freezes = freezes;
        this.posts = posts;
        this.properties = properties;
        this.mailer = mailer;
        this.events = events;
        this.node = jobs.node();
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Works on the item; returns when to look at it again, or empty when it is done. */
    Optional<Instant> run(UUID workspaceId, UUID itemId) {
        Instant now = clock.instant();
        Plan.PublishableItem item = plan.item(workspaceId, itemId).orElse(null);
        if (item == null || item.status() != ItemStatus.SCHEDULED) {
            ledger.cancelOpen(itemId, now);
            return Optional.empty();
        }
        if (item.plannedAt().isAfter(now)) {
            return Optional.of(item.plannedAt()); // moved later since this run was scheduled
        }
        Map<UUID, Target> targets = targets(item);
        if (targets.isEmpty()) {
            plan.markFailed(
                    workspaceId,
                    itemId,
                    mailer.reasonText(
                            workspaceId,
                            Reason.of(
                                    "publishing.noChannel",
                                    String.join(", ", item.textByChannel().keySet()))));
            return Optional.empty();
        }
        boolean frozen = freezes.frozen(workspaceId);
        Instant next = null;
        for (Target target : targets.values()) {
            Ledger.Row row = ledger.ensure(workspaceId, itemId, target.channel().id(), item.plannedAt(), now);
            Instant again = frozen ? hold(row, Reason.of("publishing.held.frozen"), now) : publish(item, row, target);
            if (again != null && (next == null || again.isBefore(next))) {
                next = again;
            }
        }
        return settle(item, next);
    }

    /** The channels an item goes out on: for each of its plan channels, the connected accounts serving it. */
    private Map<UUID, Target> targets(Plan.PublishableItem item) {
        Map<UUID, Target> targets = new LinkedHashMap<>();
        item.textByChannel().forEach((planChannel, text) -> {
            for (ChannelRef channel : channels.forPlanChannel(item.workspaceId(), planChannel)) {
                targets.putIfAbsent(channel.id(), new Target(channel, text));
            }
        });
        return targets;
    }

    private record Target(ChannelRef channel, String text) {}

    /** One post on one channel; returns when to look at it again (null: settled). */
    private Instant publish(Plan.PublishableItem item, Ledger.Row row, Target target) {
        Instant now = clock.instant();
        if (!row.state().open()) {
            return null;
        }
        if ((row.state() == Ledger.State.WAITING || row.state() == Ledger.State.SENDING)
                && row.nextAttemptAt() != null
                && row.nextAttemptAt().isAfter(now)) {
            return row.nextAttemptAt();
        }
        ChannelRef channel = target.channel();
        if (channel.status() == ChannelStatus.NEEDS_RECONNECTION) {
            return hold(row, Reason.of("publishing.held.reconnect"), now);
        }
        if (channel.paused()) {
            return hold(row, Reason.of("publishing.held.paused"), now);
        }
        Optional<Instant> blocked = ledger.blockedUntil(channel.id(), now);
        if (blocked.isPresent()) {
            ledger.state(row.id(), Ledger.State.WAITING, "RATE_LIMITED", row.errorDetail(), blocked.get(), now);
            return blocked.get();
        }
        UUID writer = item.assigneeId() != null ? item.assigneeId() : item.authorId();
        if (writer != null && !channels.mayPublish(item.workspaceId(), channel.id(), writer)) {
            return fail(
                    item, row, "NOT_ALLOWED", Reason.of("publishing.notAllowed").encoded(), now);
        }
        Optional<Channels.Publisher> found = channels.publisher(item.workspaceId(), channel.id());
        if (found.isEmpty()) {
            return fail(
                    item,
                    row,
                    "BAD_CONTENT",
                    Reason.of("publishing.channelGone").encoded(),
                    now);
        }
        Channels.Publisher publisher = found.get();
        Publishes.Post post = posts.build(item, target.text(), row.createdAt(), null, channel.visibility());
        Optional<Reason> problem = ContentCheck.problem(post, publisher.capabilities());
        if (problem.isPresent()) {
            return fail(item, row, "BAD_CONTENT", problem.get().encoded(), now);
        }
        if (row.state() == Ledger.State.SENDING) {
            // The last attempt's outcome is unknown (a timeout, or this node died while sending): ask first.
            long attempt = ledger.startAttempt(row, "RECONCILE", node, now);
            Optional<PublishResult> existing;
            try {
                existing = publisher.network().find(publisher.credentials(), post, row.idempotencyKey());
            } catch (RuntimeException e) {
                ledger.finishAttempt(attempt, "FAILED", "TRANSIENT", e.getMessage(), clock.instant());
                Instant retry = clock.instant().plus(backoff(row.attempts()));
                ledger.state(row.id(), Ledger.State.SENDING, "UNKNOWN_OUTCOME", e.getMessage(), retry, now);
                return retry;
            }
            if (existing.isPresent() && existing.get().published()) {
                published(item, row, attempt, "FOUND", existing.get());
                return null;
            }
            ledger.finishAttempt(attempt, "NOT_FOUND", null, null, clock.instant());
        }
        long attempt = ledger.startAttempt(row, "SEND", node, clock.instant());
        PublishResult result;
        try {
            result = publisher.network().publish(publisher.credentials(), post, row.idempotencyKey());
        } catch (RuntimeException e) {
            // An adapter must not throw; if one does, nobody knows whether the post left.
            log.warn("{} threw while publishing {}", channel.network(), row.id(), e);
            result = PublishResult.failed(PublishResult.ErrorKind.UNKNOWN_OUTCOME, String.valueOf(e.getMessage()));
        }
        pauseAfterSend();
        return record(item, row, channel, attempt, result);
    }

    private Instant record(
            Plan.PublishableItem item, Ledger.Row row, ChannelRef channel, long attempt, PublishResult result) {
        Instant now = clock.instant();
        if (result.published()) {
            published(item, row, attempt, "PUBLISHED", result);
            return null;
        }
        String kind =
                result.error() == null ? "UNKNOWN_OUTCOME" : result.error().name();
        ledger.finishAttempt(attempt, "FAILED", kind, result.detail(), now);
        int attempts = row.attempts() + 1;
        switch (result.error() == null ? PublishResult.ErrorKind.UNKNOWN_OUTCOME : result.error()) {
            case REAUTH -> {
                channels.needsReconnection(item.workspaceId(), channel.id(), result.detail());
                ledger.state(
                        row.id(),
                        Ledger.State.HELD,
                        kind,
                        Reason.of("publishing.held.reconnect").encoded(),
                        null,
                        now);
                return now.plus(properties.heldRecheck());
            }
            case BAD_CONTENT -> {
                return fail(item, row, kind, result.detail(), now);
            }
            case RATE_LIMITED -> {
                Duration wait = result.waitBeforeRetry()
                        .filter(d -> !d.isNegative() && !d.isZero())
                        .orElse(properties.rateLimitWait());
                Instant until = now.plus(wait);
                ledger.block(channel.id(), until, result.detail());
                ledger.state(row.id(), Ledger.State.WAITING, kind, result.detail(), until, now);
                return until;
            }
            case TRANSIENT -> {
                if (attempts >= properties.maxAttempts()) {
                    return fail(
                            item,
                            row,
                            kind,
                            Reason.of("publishing.gaveUp", attempts, result.detail())
                                    .encoded(),
                            now);
                }
                Instant retry = now.plus(backoff(attempts));
                ledger.state(row.id(), Ledger.State.WAITING, kind, result.detail(), retry, now);
                return retry;
            }
            default -> {
                // UNKNOWN_OUTCOME: the row stays SENDING, so the next run reconciles before sending again.
                if (attempts >= properties.maxAttempts()) {
                    return fail(
                            item,
                            row,
                            kind,
                            Reason.of("publishing.unknownGaveUp", attempts).encoded(),
                            now);
                }
                Duration wait = backoff(attempts);
                if (wait.compareTo(properties.reconcileDelay()) < 0) {
                    wait = properties.reconcileDelay();
                }
                Instant retry = now.plus(wait);
                ledger.state(row.id(), Ledger.State.SENDING, kind, result.detail(), retry, now);
                return retry;
            }
        }
    }

    /** The attempt's outcome and the published post are one commit: the ledger never shows one without the other. */
    private void published(
            Plan.PublishableItem item, Ledger.Row row, long attempt, String outcome, PublishResult result) {
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            ledger.finishAttempt(attempt, outcome, null, result.networkId(), now);
            ledger.published(row.id(), result.url(), result.networkId(), now);
            events.publishEvent(new PublishingEvents.PostPublished(
                    item.workspaceId(), item.itemId(), row.channelId(), result.url()));
        });
    }

    private Instant hold(Ledger.Row row, Reason reason, Instant now) {
        if (row.state() == Ledger.State.SENDING) {
            // an unknown outcome stays as it is: it is reconciled when the channel works again
            return now.plus(properties.heldRecheck());
        }
        ledger.state(row.id(), Ledger.State.HELD, "HELD", reason.encoded(), null, now);
        return now.plus(properties.heldRecheck());
    }

    private Instant fail(Plan.PublishableItem item, Ledger.Row row, String kind, String detail, Instant now) {
        tx.executeWithoutResult(status -> {
            ledger.state(row.id(), Ledger.State.FAILED, kind, detail, null, now);
            events.publishEvent(
                    new PublishingEvents.PostFailed(item.workspaceId(), item.itemId(), row.channelId(), kind, detail));
        });
        return null;
    }

    /** Marks the item published or failed once no post of it is open; else says when to look again. */
    private Optional<Instant> settle(Plan.PublishableItem item, Instant next) {
        List<Ledger.Row> rows = ledger.forItem(item.itemId());
        if (rows.stream().anyMatch(row -> row.state().open())) {
            return Optional.of(next == null ? clock.instant().plus(properties.heldRecheck()) : next);
        }
        List<Ledger.Row> failed = new ArrayList<>(
                rows.stream().filter(row -> row.state() == Ledger.State.FAILED).toList());
        Optional<Ledger.Row> published = rows.stream()
                .filter(row -> row.state() == Ledger.State.PUBLISHED)
                .findFirst();
        if (failed.isEmpty() && published.isPresent()) {
            Ledger.Row first = published.get();
            plan.markPublished(item.workspaceId(), item.itemId(), first.url(), first.publishedAt());
        } else if (!failed.isEmpty()) {
            String reason = mailer.failureReason(item.workspaceId(), failed, published.isPresent());
            plan.markFailed(item.workspaceId(), item.itemId(), reason);
            mailer.failed(item, failed, reason);
        }
        return Optional.empty();
    }

    /** Exponential backoff with jitter: base × 2^(attempt−1), at most the maximum, then 50–100 % of it. */
    Duration backoff(int attempt) {
        long base = properties.retryBase().toMillis();
        long max = properties.retryMax().toMillis();
        long exponential = base << Math.min(Math.max(attempt - 1, 0), 20);
        long capped = Math.min(max, exponential);
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        return Duration.ofMillis(Math.max(jittered, 1000));
    }

    private void pauseAfterSend() {
        Duration pause = properties.pauseAfterSend();
        if (!pause.isZero()) {
            log.warn("Pausing {} after a send before recording it (coro.publishing.pause-after-send)", pause);
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
