package io.coro.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coro.plan.internal.ContentItem;
import io.coro.plan.internal.PlanProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every move of the lifecycle: the legal ones change the state, every other one is refused and changes nothing. */
class ContentItemTests {

    static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    static final Instant LATER = NOW.plus(Duration.ofDays(3));
    static final UUID BY = UUID.randomUUID();

    /** Each move, and the states it may start from. */
    static final Map<String, Consumer<ContentItem>> MOVES = Map.of(
            "draft", i -> i.draft(BY),
            "submit", i -> i.submit(BY),
            "requestChanges", i -> i.requestChanges("shorter please", BY),
            "approve", i -> i.approve(BY, NOW),
            "schedule", i -> i.schedule(LATER, BY, NOW),
            "reopen", i -> i.reopen(BY),
            "markPublished", i -> i.markPublished("https://example.org/p/1", LATER),
            "markFailed", i -> i.markFailed("network said no"),
            "cancel", i -> i.cancel(BY));

    static final Map<String, Set<ItemStatus>> LEGAL_FROM = Map.of(
            "draft", EnumSet.of(ItemStatus.IDEA),
            "submit", EnumSet.of(ItemStatus.DRAFT),
            "requestChanges", EnumSet.of(ItemStatus.IN_REVIEW),
            "approve", EnumSet.of(ItemStatus.IN_REVIEW),
            "schedule", EnumSet.of(ItemStatus.APPROVED, ItemStatus.FAILED),
            "reopen", EnumSet.of(ItemStatus.APPROVED, ItemStatus.SCHEDULED, ItemStatus.FAILED),
            "markPublished", EnumSet.of(ItemStatus.SCHEDULED, ItemStatus.FAILED),
            "markFailed", EnumSet.of(ItemStatus.SCHEDULED),
            "cancel", EnumSet.complementOf(EnumSet.of(ItemStatus.PUBLISHED, ItemStatus.CANCELLED)));

    static final Map<String, ItemStatus> TARGET = Map.of(
            "draft", ItemStatus.DRAFT,
            "submit", ItemStatus.IN_REVIEW,
            "requestChanges", ItemStatus.DRAFT,
            "approve", ItemStatus.APPROVED,
            "schedule", ItemStatus.SCHEDULED,
            "reopen", ItemStatus.DRAFT,
            "markPublished", ItemStatus.PUBLISHED,
            "markFailed", ItemStatus.FAILED,
            "cancel", ItemStatus.CANCELLED);

    @Test
    void everyLegalMoveWorksAndEveryIllegalOneIsRefusedWithTheTwoStates() {
        int legal = 0;
        int illegal = 0;
        for (ItemStatus from : ItemStatus.values()) {
            for (var move : MOVES.entrySet()) {
                ContentItem item = in(from);
                if (LEGAL_FROM.get(move.getKey()).contains(from)) {
                    move.getValue().accept(item);
                    assertThat(item.status())
                            .as(move.getKey() + " from " + from)
                            .isEqualTo(TARGET.get(move.getKey()));
                    legal++;
                } else {
                    assertThatThrownBy(() -> move.getValue().accept(item))
                            .as(move.getKey() + " from " + from)
                            .isInstanceOfSatisfying(PlanProblem.class, p -> {
                                assertThat(p.messageKey()).isEqualTo("plan.transition.illegal");
                                assertThat(p.arguments())
                                        .containsExactly(
                                                from.name(),
                                                TARGET.get(move.getKey()).name());
                            });
                    assertThat(item.status()).isEqualTo(from);
                    illegal++;
                }
            }
        }
        assertThat(legal).isEqualTo(18);
        assertThat(illegal).isEqualTo(8 * 9 - 18);
    }

    @Test
    void theWholePathFromIdeaToPublishedRegistersAnEventForEachStep() {
        ContentItem item =
                ContentItem.plan(UUID.randomUUID(), "Croissants", LATER, List.of("Instagram"), null, BY, null, BY, NOW);
        item.draft(BY);
        item.edit("Croissants", "Fresh at six.", List.of("Instagram"), null);
        item.submit(BY);
        item.requestChanges("Add the price", BY);
        item.submit(BY);
        item.approve(BY, NOW);
        item.schedule(LATER, BY, NOW);
        item.markPublished("https://example.org/p/1", LATER);
        assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(item.publishedUrl()).isEqualTo("https://example.org/p/1");
    }

    @Test
    void aDraftWithoutTextCannotGoToReviewAndAReviewNeedsANote() {
        ContentItem item = in(ItemStatus.DRAFT);
        item.edit("Empty", "", List.of(), null);
        assertThatThrownBy(() -> item.submit(BY)).hasMessage("plan.item.bodyRequired");
        ContentItem review = in(ItemStatus.IN_REVIEW);
        assertThatThrownBy(() -> review.requestChanges(" ", BY)).hasMessage("plan.item.noteRequired");
        assertThat(review.status()).isEqualTo(ItemStatus.IN_REVIEW);
    }

    @Test
    void schedulingNeedsAFutureTimeAndAScheduledItemCannotMoveIntoThePast() {
        ContentItem approved = in(ItemStatus.APPROVED);
        assertThatThrownBy(() -> approved.schedule(NOW.minusSeconds(60), BY, NOW))
                .hasMessage("plan.item.scheduleInPast");
        assertThat(approved.status()).isEqualTo(ItemStatus.APPROVED);
        ContentItem scheduled = in(ItemStatus.SCHEDULED);
        assertThatThrownBy(() -> scheduled.reschedule(NOW.minusSeconds(60), BY, NOW))
                .hasMessage("plan.item.scheduleInPast");
        scheduled.reschedule(LATER.plusSeconds(3600), BY, NOW);
        assertThat(scheduled.plannedAt()).isEqualTo(LATER.plusSeconds(3600));
        assertThatThrownBy(() -> in(ItemStatus.PUBLISHED).reschedule(LATER, BY, NOW))
                .hasMessage("plan.transition.illegal");
    }

    @Test
    void aPublishedPostsAddressMustBeAWebAddress() {
        ContentItem item = in(ItemStatus.SCHEDULED);
        assertThatThrownBy(() -> item.markPublished("javascript:alert(1)", LATER))
                .hasMessage("plan.item.badUrl");
        assertThat(item.status()).isEqualTo(ItemStatus.SCHEDULED);
        item.markPublished("https://bsky.app/profile/aurora/post/3k", LATER);
        assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
    }

    @Test
    void onlyIdeasAndDraftsCanBeEdited() {
        for (ItemStatus status : ItemStatus.values()) {
            ContentItem item = in(status);
            if (status == ItemStatus.IDEA || status == ItemStatus.DRAFT) {
                item.edit("New title", "text", List.of(), null);
                assertThat(item.title()).isEqualTo("New title");
            } else {
                assertThatThrownBy(() -> item.edit("New title", "text", List.of(), null))
                        .hasMessage("plan.item.locked");
            }
        }
    }

    /** An item brought to a state through the legal path. */
    static ContentItem in(ItemStatus status) {
        ContentItem item =
                ContentItem.plan(UUID.randomUUID(), "Croissants", LATER, List.of("Instagram"), null, BY, null, BY, NOW);
        if (status == ItemStatus.IDEA) {
            return item;
        }
        if (status == ItemStatus.CANCELLED) {
            item.cancel(BY);
            return item;
        }
        item.draft(BY);
        item.edit("Croissants", "Fresh at six.", List.of("Instagram"), null);
        if (status == ItemStatus.DRAFT) {
            return item;
        }
        item.submit(BY);
        if (status == ItemStatus.IN_REVIEW) {
            return item;
        }
        item.approve(BY, NOW);
        if (status == ItemStatus.APPROVED) {
            return item;
        }
        item.schedule(LATER, BY, NOW);
        if (status == ItemStatus.SCHEDULED) {
            return item;
        }
        if (status == ItemStatus.FAILED) {
            item.markFailed("no");
            return item;
        }
        item.markPublished("https://example.org/p/1", LATER);
        return item;
    }
}
