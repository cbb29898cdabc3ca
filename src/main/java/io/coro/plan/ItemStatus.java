package io.coro.plan;

/**
 * Where a content item is in its life: IDEA → DRAFT → IN_REVIEW → APPROVED → SCHEDULED → PUBLISHED, or FAILED or
 * CANCELLED on the way. Only {@code ContentItem}'s methods move an item from one to the next.
 */
public enum ItemStatus {
    IDEA,
    DRAFT,
    IN_REVIEW,
    APPROVED,
    SCHEDULED,
    PUBLISHED,
    FAILED,
    CANCELLED;

    /** Nothing more happens to the item. */
    public boolean isFinal() {
        return this == PUBLISHED || this == CANCELLED;
    }
}
