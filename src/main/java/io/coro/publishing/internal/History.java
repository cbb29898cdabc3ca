package io.coro.publishing.internal;

import io.coro.channels.ChannelHistory;
import io.coro.plan.Plan;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The ledger as the channel's page shows it: each post with every attempt, Coro's own reasons in the reader's language. */
@Component
class History implements ChannelHistory {

    private final Ledger ledger;
    private final Plan plan;
    private final MessageSource messages;

    History(Ledger ledger, Plan plan, MessageSource messages) {
        this.ledger = ledger;
        this.plan = plan;
        this.messages = messages;
    }

    @Override
    public List<Entry> recent(UUID workspaceId, UUID channelId, int limit) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Ledger.Row> rows = ledger.forChannel(workspaceId, channelId, limit);
        Map<UUID, List<Ledger.Attempt>> attempts = ledger
                .attempts(rows.stream().map(Ledger.Row::id).toList())
                .stream()
                .collect(Collectors.groupingBy(Ledger.Attempt::publicationId));
        Map<UUID, String> titles =
                plan.titles(workspaceId, rows.stream().map(Ledger.Row::itemId).toList());
        return rows.stream()
                .map(row -> new Entry(
                        row.itemId(),
                        titles.getOrDefault(row.itemId(), "?"),
                        row.state().name(),
                        row.plannedAt(),
                        row.publishedAt(),
                        row.nextAttemptAt(),
                        row.url(),
                        row.errorKind(),
                        Reason.text(row.errorDetail(), messages, locale),
                        attempts.getOrDefault(row.id(), List.of()).stream()
                                .map(a -> new Attempt(
                                        a.startedAt(),
                                        a.finishedAt(),
                                        a.node(),
                                        a.action(),
                                        a.outcome(),
                                        a.errorKind(),
                                        Reason.text(a.response(), messages, locale)))
                                .toList()))
                .toList();
    }
}
