package io.coro.plan.internal;

import io.coro.plan.ItemStatus;
import io.coro.plan.PlanEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A piece of planned content and its lifecycle. Every change of state is a method here that checks the current state,
 * refuses an illegal move with a {@link PlanProblem} (key {@code plan.transition.illegal} and the two states), and
 * registers the event that says what happened; the service publishes the events after saving.
 *
 * <pre>
 * IDEA ─draft─► DRAFT ─submit─► IN_REVIEW ─approve─► APPROVED ─schedule─► SCHEDULED ─markPublished─► PUBLISHED
 *                 ▲                 │                    │                     │  └──markFailed──► FAILED
 *                 └─requestChanges──┘◄───────reopen──────┴─────────────────────┘                   │ schedule
 * cancel: from any state but PUBLISHED and CANCELLED                 SCHEDULED ◄────────────────────┘
 * </pre>
 */
public class ContentItem {

    private final UUID id;
    private final UUID workspaceId;
    private String title;
    private String body;
    private ItemStatus status;
    private Instant plannedAt;
    private List<String> channels;
    private UUID pillarId;
    private UUID assigneeId;
    private final UUID slotId;
    private String reviewNote;
    private UUID approvedBy;
    private Instant approvedAt;
    private String publishedUrl;
    private Instant publishedAt;
    private String failureReason;
    private final UUID createdBy;
    private final Instant createdAt;
    private final int version;
    private final List<Object> events = new ArrayList<>();

    ContentItem(
            UUID id,
            UUID workspaceId,
            String title,
            String body,
            ItemStatus status,
            Instant plannedAt,
            List<String> channels,
            UUID pillarId,
            UUID assigneeId,
            UUID slotId,
            String reviewNote,
            UUID approvedBy,
            Instant approvedAt,
            String publishedUrl,
            Instant publishedAt,
            String failureReason,
            UUID createdBy,
            Instant createdAt,
            int version) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.title = title;
        this.body = body;
        this.status = status;
        this.plannedAt = plannedAt;
        this.channels = List.copyOf(channels);
        this.pillarId = pillarId;
        this.assigneeId = assigneeId;
        this.slotId = slotId;
        this.reviewNote = reviewNote;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.publishedUrl = publishedUrl;
        this.publishedAt = publishedAt;
        this.failureReason = failureReason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.version = version;
    }

    /** A new item: an idea, or a draft when its author starts writing at once. */
    public static ContentItem plan(
            UUID workspaceId,
            String title,
            Instant plannedAt,
            List<String> channels,
            UUID pillarId,
            UUID assigneeId,
            UUID slotId,
            UUID by,
            Instant now) {
        ContentItem item = new ContentItem(
                UUID.randomUUID(),
                workspaceId,
                title,
                "",
                ItemStatus.IDEA,
                plannedAt,
                channels,
                pillarId,
                assigneeId,
                slotId,
                "",
                null,
                null,
                null,
                null,
                null,
                by,
                now,
                0);
        item.events.add(new PlanEvents.ItemCreated(workspaceId, item.id, slotId, by));
        return item;
    }

    /** Someone starts writing the idea. */
    public void draft(UUID by) {
        require(ItemStatus.DRAFT, ItemStatus.IDEA);
        status = ItemStatus.DRAFT;
        events.add(new PlanEvents.ItemDrafted(workspaceId, id, by));
    }

    /** The draft goes to review; it needs a text. */
    public void submit(UUID by) {
        require(ItemStatus.IN_REVIEW, ItemStatus.DRAFT);
        if (body.isBlank()) {
            throw new PlanProblem("body", "plan.item.bodyRequired");
        }
        status = ItemStatus.IN_REVIEW;
        reviewNote = "";
        events.add(new PlanEvents.ItemSubmitted(workspaceId, id, by));
    }

    /** The reviewer sends it back to its author with what to change. */
    public void requestChanges(String note, UUID by) {
        require(ItemStatus.DRAFT, ItemStatus.IN_REVIEW);
        if (note == null || note.isBlank()) {
            throw new PlanProblem("note", "plan.item.noteRequired");
        }
        status = ItemStatus.DRAFT;
        reviewNote = note.trim();
        events.add(new PlanEvents.ChangesRequested(workspaceId, id, reviewNote, by));
    }

    public void approve(UUID by, Instant now) {
        require(ItemStatus.APPROVED, ItemStatus.IN_REVIEW);
        status = ItemStatus.APPROVED;
        approvedBy = by;
        approvedAt = now;
        events.add(new PlanEvents.ItemApproved(workspaceId, id, by));
    }

    /**
     * Fixes when the approved item goes out (or retries a failed one); the time must be in the future, since
     * publishing takes scheduled items whose time has come.
     */
    public void schedule(Instant at, UUID by, Instant now) {
        require(ItemStatus.SCHEDULED, ItemStatus.APPROVED, ItemStatus.FAILED);
        if (!at.isAfter(now)) {
            throw new PlanProblem("plannedAt", "plan.item.scheduleInPast");
        }
        status = ItemStatus.SCHEDULED;
        plannedAt = at;
        failureReason = null;
        events.add(new PlanEvents.ItemScheduled(workspaceId, id, at, by));
    }

    /** Moves the planned time (the calendar's drag and drop). A scheduled item cannot move into the past. */
    public void reschedule(Instant at, UUID by, Instant now) {
        if (status.isFinal() || status == ItemStatus.FAILED) {
            throw illegal("reschedule");
        }
        if (status == ItemStatus.SCHEDULED && !at.isAfter(now)) {
            throw new PlanProblem("plannedAt", "plan.item.scheduleInPast");
        }
        if (at.equals(plannedAt)) {
            return;
        }
        Instant from = plannedAt;
        plannedAt = at;
        events.add(new PlanEvents.ItemRescheduled(workspaceId, id, from, at, by));
    }

    /** Back to draft to change an approved, scheduled or failed item; it must be reviewed again. */
    public void reopen(UUID by) {
        require(ItemStatus.DRAFT, ItemStatus.APPROVED, ItemStatus.SCHEDULED, ItemStatus.FAILED);
        status = ItemStatus.DRAFT;
        approvedBy = null;
        approvedAt = null;
        events.add(new PlanEvents.ItemReopened(workspaceId, id, by));
    }

    /** The post's address on the network, shown as a link: only http(s) addresses are taken. */
    public void markPublished(String url, Instant at) {
        require(ItemStatus.PUBLISHED, ItemStatus.SCHEDULED, ItemStatus.FAILED);
        if (url != null && !url.matches("(?i)https?://[^\\s<>\"]{1,490}")) {
            throw new PlanProblem("publishedUrl", "plan.item.badUrl");
        }
        status = ItemStatus.PUBLISHED;
        publishedUrl = url;
        publishedAt = at;
        failureReason = null;
        events.add(new PlanEvents.ItemPublished(workspaceId, id, url, at));
    }

    public void markFailed(String reason) {
        require(ItemStatus.FAILED, ItemStatus.SCHEDULED);
        status = ItemStatus.FAILED;
        failureReason = reason == null || reason.isBlank() ? "?" : reason.strip();
        events.add(new PlanEvents.ItemFailed(workspaceId, id, failureReason));
    }

    public void cancel(UUID by) {
        if (status.isFinal()) {
            throw illegal(ItemStatus.CANCELLED.name());
        }
        status = ItemStatus.CANCELLED;
        events.add(new PlanEvents.ItemCancelled(workspaceId, id, by));
    }

    public void assign(UUID assignee, UUID by) {
        if (status.isFinal()) {
            throw illegal("assign");
        }
        if (Objects.equals(assignee, assigneeId)) {
            return;
        }
        assigneeId = assignee;
        events.add(new PlanEvents.ItemAssigned(workspaceId, id, assignee, by));
    }

    /** Changes what the item says and where; only while it is being written (an idea or a draft). */
    public void edit(String title, String body, List<String> channels, UUID pillarId) {
        if (!isEditable()) {
            throw new PlanProblem("title", "plan.item.locked");
        }
        this.title = title;
        this.body = body;
        this.channels = List.copyOf(channels);
        this.pillarId = pillarId;
    }

    public boolean isEditable() {
        return status == ItemStatus.IDEA || status == ItemStatus.DRAFT;
    }

    private void require(ItemStatus to, ItemStatus... from) {
        for (ItemStatus allowed : from) {
            if (status == allowed) {
                return;
            }
        }
        throw illegal(to.name());
    }

    private PlanProblem illegal(String to) {
        return new PlanProblem("status", "plan.transition.illegal", status.name(), to);
    }

    /** The events registered since the item was loaded; the repository clears them once published. */
    List<Object> events() {
        return Collections.unmodifiableList(events);
    }

    void clearEvents() {
        events.clear();
    }

    public UUID id() {
        return id;
    }

    public UUID workspaceId() {
        return workspaceId;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public ItemStatus status() {
        return status;
    }

    public Instant plannedAt() {
        return plannedAt;
    }

    public List<String> channels() {
        return channels;
    }

    public UUID pillarId() {
        return pillarId;
    }

    public UUID assigneeId() {
        return assigneeId;
    }

    public UUID slotId() {
        return slotId;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public UUID approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public String publishedUrl() {
        return publishedUrl;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String failureReason() {
        return failureReason;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int version() {
        return version;
    }
}
