package io.coro.plan.internal;

import io.coro.plan.ItemStatus;
import io.coro.plan.PlanEvents;
import io.coro.shared.validation.PlainText;
import io.coro.strategy.Strategy;
import io.coro.workspace.CurrentMember;
import io.coro.workspace.WorkspaceRole;
import io.coro.workspace.Workspaces;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the plan, with who may make them. Members write: they create items, and draft and submit the ones they
 * created or that are assigned to them (an unassigned idea becomes theirs when they start it). Coordinators and owners
 * steer: they review, approve, schedule, reopen, cancel and assign anything. Viewers read. Every change to an item
 * goes through {@link ContentItem}'s methods, which refuse illegal moves.
 */
@Service
public class PlanService {

    public static final int MAX_MEDIA = 4;
    public static final int MAX_MEDIA_BYTES = 8 * 1024 * 1024;
    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 70_000;
    static final int MAX_COMMENT = 2000;
    static final int MAX_ALT = 1000;
    private static final Pattern MENTION = Pattern.compile("@([\\p{L}\\p{N}._+-]+(?:@[\\p{L}\\p{N}.-]+)?)");

    private final ContentItems items;
    private final Variants variants;
    private final MediaFiles media;
    private final Comments comments;
    private final Workspaces workspaces;
    private final Strategy strategy;
    private final ApplicationEventPublisher events;

    PlanService(
            ContentItems items,
            Variants variants,
            MediaFiles media,
            Comments comments,
            Workspaces workspaces,
            Strategy strategy,
            ApplicationEventPublisher events) {
        this.items = items;
        this.variants = variants;
        this.media = media;
        this.comments = comments;
        this.workspaces = workspaces;
        this.strategy = strategy;
        this.events = events;
    }

    /** A new idea; a member's own ideas are assigned to them, a coordinator may assign anyone. */
    @Transactional
    @PreAuthorize("hasRole('MEMBER')")
    public UUID create(
            CurrentMember me, String title, Instant plannedAt, List<String> channels, UUID pillarId, UUID assigneeId) {
        UUID ws = me.workspaceId();
        String cleanTitle = title(title);
        List<String> cleanChannels = channels(ws, channels);
        pillar(ws, pillarId);
        if (plannedAt == null) {
            throw new PlanProblem("plannedAt", "plan.item.badDate");
        }
        UUID assignee = assigneeId == null ? me.userId() : assigneeId;
        if (!assignee.equals(me.userId()) && !me.is(WorkspaceRole.COORDINATOR)) {
            throw new AccessDeniedException("Only coordinators assign others");
        }
        requireWriter(ws, assignee);
        ContentItem item = ContentItem.plan(
                ws, cleanTitle, plannedAt, cleanChannels, pillarId, assignee, null, me.userId(), Instant.now());
        items.insert(item);
        return item.id();
    }

    /**
     * Saves what the item says: title, text, channels, pillar and the text per channel. Each channel's text (its
     * variant, else the main text) must fit the channel's limit; if one does not, nothing is saved.
     */
    @Transactional
    @PreAuthorize("hasRole('MEMBER')")
    public void edit(
            CurrentMember me,
            UUID itemId,
            String title,
            String body,
            List<String> channels,
            UUID pillarId,
            Map<String, String> variantTexts) {
        UUID ws = me.workspaceId();
        ContentItem item = writable(me, itemId);
        String cleanTitle = title(title);
        String cleanBody = body == null ? "" : body.strip();
        if (cleanBody.length() > MAX_BODY) {
            throw new PlanProblem("body", "plan.item.bodyTooLong");
        }
        List<String> cleanChannels = channels(ws, channels);
        pillar(ws, pillarId);
        Map<String, String> texts = new LinkedHashMap<>();
        for (String channel : cleanChannels) {
            String text = variantTexts == null ? null : variantTexts.get(channel);
            texts.put(channel, text == null ? "" : text.strip());
        }
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            String channel = entry.getKey();
            boolean own = !entry.getValue().isEmpty();
            String text = own ? entry.getValue() : cleanBody;
            OptionalInt limit = ChannelLimits.limitOf(channel);
            if (limit.isPresent() && ChannelLimits.graphemes(text) > limit.getAsInt()) {
                throw new PlanProblem(
                        own ? "variant-" + channel : "body",
                        "plan.text.tooLong",
                        channel,
                        ChannelLimits.graphemes(text),
                        limit.getAsInt());
            }
        }
        item.edit(cleanTitle, cleanBody, cleanChannels, pillarId);
        items.save(item);
        Map<String, String> old = variants.of(ws, itemId);
        for (String channel : old.keySet()) {
            if (!texts.containsKey(channel)) {
                variants.put(ws, itemId, channel, "");
            }
        }
        texts.forEach((channel, text) -> variants.put(ws, itemId, channel, text));
    }

    @Transactional
    @PreAuthorize("hasRole('MEMBER')")
    public void draft(CurrentMember me, UUID itemId) {
        ContentItem item = writable(me, itemId);
        item.draft(me.userId());
        if (item.assigneeId() == null) {
            item.assign(me.userId(), me.userId());
        }
        items.save(item);
    }

    @Transactional
    @PreAuthorize("hasRole('MEMBER')")
    public void submit(CurrentMember me, UUID itemId) {
        ContentItem item = writable(me, itemId);
        item.submit(me.userId());
        items.save(item);
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public void requestChanges(CurrentMember me, UUID itemId, String note) {
        ContentItem item = locked(me, itemId);
        String clean = note == null ? "" : note.strip();
        if (clean.length() > 500 || !PlainText.Validator.isPlain(clean)) {
            throw new PlanProblem("note", "plan.item.badNote");
        }
        item.requestChanges(clean, me.userId());
        items.save(item);
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public void approve(CurrentMember me, UUID itemId) {
        ContentItem item = locked(me, itemId);
        item.approve(me.userId(), Instant.now());
        items.save(item);
    }

    /** Schedules at {@code at}, or at the planned time when {@code at} is null. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public void schedule(CurrentMember me, UUID itemId, Instant at) {
        ContentItem item = locked(me, itemId);
        item.schedule(at == null ? item.plannedAt() : at, me.userId(), Instant.now());
        items.save(item);
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public void reopen(CurrentMember me, UUID itemId) {
        ContentItem item = locked(me, itemId);
        item.reopen(me.userId());
        items.save(item);
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public void cancel(CurrentMember me, UUID itemId) {
        ContentItem item = locked(me, itemId);
        item.cancel(me.userId());
        items.save(item);
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public void assign(CurrentMember me, UUID itemId, UUID assigneeId) {
        ContentItem item = locked(me, itemId);
        if (assigneeId != null) {
            requireWriter(me.workspaceId(), assigneeId);
        }
        item.assign(assigneeId, me.userId());
        items.save(item);
    }

    /**
     * Moves an item to another time (drag and drop). Coordinators move anything still open; members move their own
     * items while they are ideas or drafts.
     */
    @Transactional
    @PreAuthorize("hasRole('MEMBER')")
    public void move(CurrentMember me, UUID itemId, Instant to) {
        ContentItem item = locked(me, itemId);
        if (!me.is(WorkspaceRole.COORDINATOR)) {
            if (!isWriter(me, item)) {
                throw new AccessDeniedException("Not yours");
            }
            if (!item.isEditable()) {
                throw new PlanProblem("plannedAt", "plan.item.moveNeedsCoordinator");
            }
        }
        item.reschedule(to, me.userId(), Instant.now());
        items.save(item);
    }

    @Transactional
    @PreAuthorize("hasRole('MEMBER')")
    public UUID addMedia(CurrentMember me, UUID itemId, byte[] bytes, String altText) {
        ContentItem item = writable(me, itemId);
        if (!item.isEditable()) {
            throw new PlanProblem("file", "plan.item.locked");
        }
        if (bytes == null || bytes.length == 0) {
            throw new PlanProblem("file", "plan.media.empty");
        }
        if (bytes.length > MAX_MEDIA_BYTES) {
            throw new PlanProblem("file", "plan.media.tooLarge");
        }
        ImageType type = ImageType.detect(bytes).orElseThrow(() -> new PlanProblem("file", "plan.media.notImage"));
        String alt = altText == null ? "" : altText.strip();
        if (alt.length() > MAX_ALT || !PlainText.Validator.isPlain(alt)) {
            throw new PlanProblem("altText", "plan.media.badAlt");
        }
        if (media.count(me.workspaceId(), itemId) >= MAX_MEDIA) {
            throw new PlanProblem("file", "plan.media.tooMany");
        }
        return media.add(me.workspaceId(), itemId, type, bytes, alt, me.userId());
    }

    @Transactional
    @PreAuthorize("hasRole('MEMBER')")
    public void removeMedia(CurrentMember me, UUID itemId, UUID mediaId) {
        ContentItem item = writable(me, itemId);
        if (!item.isEditable()) {
            throw new PlanProblem("file", "plan.item.locked");
        }
        media.remove(me.workspaceId(), itemId, mediaId);
    }

    /**
     * An internal comment. {@code @name} mentions a member by the start of their e-mail (giulia) or the whole of it;
     * only members of this workspace are resolved, the rest stays text.
     */
    @Transactional
    @PreAuthorize("hasRole('MEMBER')")
    public UUID comment(CurrentMember me, UUID itemId, String body) {
        UUID ws = me.workspaceId();
        items.find(ws, itemId).orElseThrow(() -> new PlanProblem("item", "plan.item.notFound"));
        String clean = body == null ? "" : body.strip();
        if (clean.isEmpty()
                || clean.length() > MAX_COMMENT
                || !PlainText.Validator.isPlain(clean.replace('\n', ' ').replace("\r", ""))) {
            throw new PlanProblem("comment", "plan.comment.bad");
        }
        List<UUID> mentioned = mentions(ws, clean);
        UUID id = comments.add(ws, itemId, me.userId(), clean, mentioned, Instant.now());
        events.publishEvent(new PlanEvents.CommentAdded(ws, itemId, id, me.userId(), mentioned));
        return id;
    }

    List<UUID> mentions(UUID workspaceId, String text) {
        Matcher matcher = MENTION.matcher(text);
        Set<String> names = new LinkedHashSet<>();
        while (matcher.find()) {
            names.add(matcher.group(1).toLowerCase(Locale.ROOT).replaceAll("[.]+$", ""));
        }
        if (names.isEmpty()) {
            return List.of();
        }
        List<UUID> out = new ArrayList<>();
        for (Workspaces.Member member : workspaces.members(workspaceId)) {
            String email = member.email().toLowerCase(Locale.ROOT);
            String local = email.substring(0, email.indexOf('@'));
            if (names.contains(email) || names.contains(local)) {
                out.add(member.userId());
            }
        }
        return out;
    }

    /** Whether this person may write the item: coordinators always, members when it is theirs or unassigned. */
    public static boolean isWriter(CurrentMember me, ContentItem item) {
        if (me.is(WorkspaceRole.COORDINATOR)) {
            return true;
        }
        return me.is(WorkspaceRole.MEMBER)
                && (me.userId().equals(item.assigneeId())
                        || me.userId().equals(item.createdBy())
                        || (item.assigneeId() == null && item.status() == ItemStatus.IDEA));
    }

    private ContentItem writable(CurrentMember me, UUID itemId) {
        ContentItem item = locked(me, itemId);
        if (!isWriter(me, item)) {
            throw new AccessDeniedException("Not yours");
        }
        return item;
    }

    private ContentItem locked(CurrentMember me, UUID itemId) {
        return items.lock(me.workspaceId(), itemId).orElseThrow(() -> new PlanProblem("item", "plan.item.notFound"));
    }

    private void requireWriter(UUID ws, UUID userId) {
        boolean ok = workspaces.members(ws).stream()
                .anyMatch(m -> m.userId().equals(userId) && m.role().includes(WorkspaceRole.MEMBER));
        if (!ok) {
            throw new PlanProblem("assigneeId", "plan.item.badAssignee");
        }
    }

    private static String title(String title) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty() || clean.length() > MAX_TITLE || !PlainText.Validator.isPlain(clean)) {
            throw new PlanProblem("title", "plan.item.badTitle");
        }
        return clean;
    }

    private List<String> channels(UUID ws, List<String> channels) {
        List<String> known = strategy.channels(ws);
        List<String> out = new ArrayList<>();
        for (String channel : channels == null ? List.<String>of() : channels) {
            if (channel == null || channel.isBlank()) {
                continue;
            }
            if (!known.contains(channel)) {
                throw new PlanProblem("channels", "plan.item.badChannel");
            }
            if (!out.contains(channel)) {
                out.add(channel);
            }
        }
        return out;
    }

    private void pillar(UUID ws, UUID pillarId) {
        if (pillarId != null && strategy.current(ws).pillar(pillarId).isEmpty()) {
            throw new PlanProblem("pillarId", "plan.item.badPillar");
        }
    }
}
