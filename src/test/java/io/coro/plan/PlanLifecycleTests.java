package io.coro.plan;

import static io.coro.plan.PlanFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coro.plan.internal.ContentItems;
import io.coro.plan.internal.PlanProblem;
import io.coro.plan.internal.PlanService;
import io.coro.support.CoroTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The lifecycle through the plan's service on real PostgreSQL: each move publishes its event, who may make which move,
 * and that nothing crosses from one workspace to another.
 */
@CoroTest
@EnableScenarios
class PlanLifecycleTests {

    @Autowired
    PlanFixture fixture;

    @Autowired
    PlanService service;

    @Autowired
    ContentItems items;

    @Autowired
    Plan plan;

    PlanFixture.Bakery bakery;

    @BeforeEach
    void bakery() {
        bakery = fixture.bakery("Forno " + UUID.randomUUID());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    UUID memberIdea() {
        return service.create(
                as(bakery.member()),
                "Croissants at dawn",
                Instant.now().plus(Duration.ofDays(3)),
                List.of("Instagram"),
                bakery.pillarId(),
                null);
    }

    @Test
    void eachMoveFromIdeaToPublishedPublishesItsEvent(Scenario scenario) {
        UUID id = memberIdea();
        UUID ws = bakery.workspaceId();
        scenario.stimulate(() -> service.draft(as(bakery.member()), id))
                .andWaitForEventOfType(PlanEvents.ItemDrafted.class)
                .matching(e -> e.itemId().equals(id))
                .toArrive();
        service.edit(
                as(bakery.member()),
                id,
                "Croissants at dawn",
                "Out of the oven at six.",
                List.of("Instagram"),
                bakery.pillarId(),
                Map.of());
        scenario.stimulate(() -> service.submit(as(bakery.member()), id))
                .andWaitForEventOfType(PlanEvents.ItemSubmitted.class)
                .matching(e -> e.itemId().equals(id))
                .toArrive();
        scenario.stimulate(() -> service.requestChanges(as(bakery.coordinator()), id, "Say the price"))
                .andWaitForEventOfType(PlanEvents.ChangesRequested.class)
                .matching(e -> e.itemId().equals(id) && e.note().equals("Say the price"))
                .toArrive();
        service.submit(as(bakery.member()), id);
        scenario.stimulate(() -> service.approve(as(bakery.coordinator()), id))
                .andWaitForEventOfType(PlanEvents.ItemApproved.class)
                .matching(e -> e.itemId().equals(id)
                        && e.by().equals(bakery.coordinator().userId()))
                .toArrive();
        scenario.stimulate(() -> service.schedule(as(bakery.coordinator()), id, null))
                .andWaitForEventOfType(PlanEvents.ItemScheduled.class)
                .matching(e -> e.itemId().equals(id))
                .toArrive();
        scenario.stimulate(() -> plan.markFailed(ws, id, "timeout"))
                .andWaitForEventOfType(PlanEvents.ItemFailed.class)
                .matching(e -> e.itemId().equals(id) && e.reason().equals("timeout"))
                .toArrive();
        scenario.stimulate(() -> plan.markPublished(ws, id, "https://example.org/p/9", Instant.now()))
                .andWaitForEventOfType(PlanEvents.ItemPublished.class)
                .matching(e -> e.itemId().equals(id) && e.url().equals("https://example.org/p/9"))
                .toArrive();
        assertThat(items.find(ws, id).orElseThrow().status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThatThrownBy(() -> service.cancel(as(bakery.coordinator()), id))
                .isInstanceOfSatisfying(
                        PlanProblem.class, p -> assertThat(p.messageKey()).isEqualTo("plan.transition.illegal"));
    }

    @Test
    void reopeningAndCancellingPublishTheirEventsAndAnIllegalMoveIsRefusedWithoutChange(Scenario scenario) {
        UUID id = memberIdea();
        assertThatThrownBy(() -> service.submit(as(bakery.member()), id))
                .isInstanceOfSatisfying(
                        PlanProblem.class, p -> assertThat(p.arguments()).containsExactly("IDEA", "IN_REVIEW"));
        assertThat(items.find(bakery.workspaceId(), id).orElseThrow().status()).isEqualTo(ItemStatus.IDEA);
        service.draft(as(bakery.member()), id);
        service.edit(as(bakery.member()), id, "T", "Text", List.of("Instagram"), null, Map.of());
        service.submit(as(bakery.member()), id);
        service.approve(as(bakery.coordinator()), id);
        scenario.stimulate(() -> service.reopen(as(bakery.coordinator()), id))
                .andWaitForEventOfType(PlanEvents.ItemReopened.class)
                .matching(e -> e.itemId().equals(id))
                .toArrive();
        scenario.stimulate(() -> service.cancel(as(bakery.owner()), id))
                .andWaitForEventOfType(PlanEvents.ItemCancelled.class)
                .matching(e -> e.itemId().equals(id))
                .toArrive();
    }

    @Test
    void aMemberCannotApproveScheduleCancelOrAssignAndAViewerCannotEditAnything() {
        UUID id = memberIdea();
        service.draft(as(bakery.member()), id);
        service.edit(as(bakery.member()), id, "T", "Text", List.of("Instagram"), null, Map.of());
        service.submit(as(bakery.member()), id);
        assertThatThrownBy(() -> service.approve(as(bakery.member()), id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.schedule(as(bakery.member()), id, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.cancel(as(bakery.member()), id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        service.assign(as(bakery.member()), id, bakery.member().userId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.edit(as(bakery.viewer()), id, "Mine now", "x", List.of(), null, Map.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(as(bakery.viewer()), "Idea", Instant.now(), List.of(), null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.comment(as(bakery.viewer()), id, "hello"))
                .isInstanceOf(AccessDeniedException.class);
        // another member may not write someone else's item
        assertThatThrownBy(() -> service.edit(as(bakery.otherMember()), id, "Mine", "x", List.of(), null, Map.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(items.find(bakery.workspaceId(), id).orElseThrow())
                .satisfies(i -> assertThat(i.status()).isEqualTo(ItemStatus.IN_REVIEW))
                .satisfies(i -> assertThat(i.title()).isEqualTo("T"));
    }

    @Test
    void textOverTheChannelLimitIsRefusedAndNothingIsStored() {
        UUID id = memberIdea();
        String fits = "🥐".repeat(300);
        service.edit(
                as(bakery.member()),
                id,
                "Croissants",
                "Main text",
                List.of("Instagram", "Bluesky"),
                null,
                Map.of("Bluesky", fits));
        assertThatThrownBy(() -> service.edit(
                        as(bakery.member()),
                        id,
                        "Changed title",
                        "Changed text",
                        List.of("Instagram", "Bluesky"),
                        null,
                        Map.of("Bluesky", fits + "🥐")))
                .isInstanceOfSatisfying(PlanProblem.class, p -> {
                    assertThat(p.field()).isEqualTo("variant-Bluesky");
                    assertThat(p.arguments()).containsExactly("Bluesky", 301, 300);
                });
        var item = plan.item(bakery.workspaceId(), id).orElseThrow();
        assertThat(item.textByChannel()).containsEntry("Bluesky", fits).containsEntry("Instagram", "Main text");
        assertThat(items.find(bakery.workspaceId(), id).orElseThrow().title()).isEqualTo("Croissants");
    }

    @Test
    void commentsResolveMentionsOnlyToMembersOfTheWorkspace(Scenario scenario) {
        UUID id = memberIdea();
        String coordinatorName =
                bakery.coordinatorEmail().substring(0, bakery.coordinatorEmail().indexOf('@'));
        PlanFixture.Bakery other = fixture.bakery("Altro forno " + UUID.randomUUID());
        String stranger = other.memberEmail().substring(0, other.memberEmail().indexOf('@'));
        scenario.stimulate(() -> service.comment(
                        as(bakery.member()), id, "@" + coordinatorName + " can you check? cc @" + stranger))
                .andWaitForEventOfType(PlanEvents.CommentAdded.class)
                .matching(e -> e.itemId().equals(id))
                .toArriveAndVerify(e -> assertThat(e.mentioned())
                        .containsExactly(bakery.coordinator().userId()));
    }

    @Test
    void anotherWorkspacesItemCanBeNeitherReadNorChanged() {
        UUID id = memberIdea();
        PlanFixture.Bakery other = fixture.bakery("Altro forno " + UUID.randomUUID());
        assertThat(items.find(other.workspaceId(), id)).isEmpty();
        assertThat(plan.item(other.workspaceId(), id)).isEmpty();
        assertThatThrownBy(() -> service.approve(as(other.owner()), id))
                .isInstanceOfSatisfying(
                        PlanProblem.class, p -> assertThat(p.messageKey()).isEqualTo("plan.item.notFound"));
        assertThatThrownBy(
                        () -> service.move(as(other.owner()), id, Instant.now().plusSeconds(86_400)))
                .isInstanceOf(PlanProblem.class);
        assertThatThrownBy(() -> service.comment(as(other.owner()), id, "hi")).isInstanceOf(PlanProblem.class);
        assertThatThrownBy(() -> service.assign(
                        as(bakery.coordinator()), id, other.member().userId()))
                .isInstanceOfSatisfying(
                        PlanProblem.class, p -> assertThat(p.messageKey()).isEqualTo("plan.item.badAssignee"));
        assertThat(items.find(bakery.workspaceId(), id).orElseThrow().assigneeId())
                .isEqualTo(bakery.member().userId());
    }
}
