package io.coro.plan.internal;

import io.coro.plan.ItemStatus;
import java.util.UUID;

/** What the calendar is narrowed to; a null value does not filter. */
public record CalendarFilter(String channel, UUID pillarId, UUID assigneeId, ItemStatus status) {}
