-- The plan module: the editorial calendar. Every table carries workspace_id and every query filters by it.

-- A recurring slot: "every Tuesday 10:00 (workspace time), Instagram, pillar X". Generates planned items ahead.
CREATE TABLE plan_slot
(
    id           UUID PRIMARY KEY,
    workspace_id UUID         NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    weekdays     INT[]        NOT NULL CHECK (cardinality(weekdays) BETWEEN 1 AND 7),  -- ISO: 1 Monday … 7 Sunday
    time_of_day  TIME         NOT NULL,
    every_weeks  INT          NOT NULL DEFAULT 1 CHECK (every_weeks BETWEEN 1 AND 8),
    starts_on    DATE         NOT NULL,   -- the week of this day is week 0 of "every N weeks"
    channel      VARCHAR(40)  NOT NULL,
    pillar_id    UUID,                    -- a pillar of the strategy document (no foreign key: pillars live in JSON)
    note         VARCHAR(300) NOT NULL DEFAULT '',
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_by   UUID REFERENCES app_user (id) ON DELETE SET NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX plan_slot_idx ON plan_slot (workspace_id, active);

-- A content item and its lifecycle: IDEA → DRAFT → IN_REVIEW → APPROVED → SCHEDULED → PUBLISHED (or FAILED,
-- CANCELLED). planned_at is when it is meant to go out; the calendar reads it.
CREATE TABLE plan_item
(
    id             UUID PRIMARY KEY,
    workspace_id   UUID         NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    title          VARCHAR(200) NOT NULL,
    body           TEXT         NOT NULL DEFAULT '',
    status         VARCHAR(12)  NOT NULL CHECK (status IN
                       ('IDEA', 'DRAFT', 'IN_REVIEW', 'APPROVED', 'SCHEDULED', 'PUBLISHED', 'FAILED', 'CANCELLED')),
    planned_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    channels       VARCHAR(40)[] NOT NULL DEFAULT '{}',
    pillar_id      UUID,
    assignee_id    UUID REFERENCES app_user (id) ON DELETE SET NULL,
    slot_id        UUID REFERENCES plan_slot (id) ON DELETE SET NULL,
    slot_time      TIMESTAMP WITH TIME ZONE,   -- the slot's occurrence this item fills (kept when the item moves)
    review_note    VARCHAR(500) NOT NULL DEFAULT '',
    approved_by    UUID REFERENCES app_user (id) ON DELETE SET NULL,
    approved_at    TIMESTAMP WITH TIME ZONE,
    published_url  VARCHAR(500),
    published_at   TIMESTAMP WITH TIME ZONE,
    failure_reason VARCHAR(500),
    created_by     UUID REFERENCES app_user (id) ON DELETE SET NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    -- a slot generates one item per occurrence, however often generation runs and wherever the item moved
    UNIQUE (slot_id, slot_time)
);
CREATE INDEX plan_item_calendar_idx ON plan_item (workspace_id, planned_at);
CREATE INDEX plan_item_assignee_idx ON plan_item (workspace_id, assignee_id, planned_at);
CREATE INDEX plan_item_due_idx ON plan_item (planned_at) WHERE status = 'SCHEDULED';

-- The text of an item for one channel (checked against that channel's length limit in graphemes).
CREATE TABLE plan_variant
(
    item_id      UUID        NOT NULL REFERENCES plan_item (id) ON DELETE CASCADE,
    workspace_id UUID        NOT NULL,
    channel      VARCHAR(40) NOT NULL,
    text         TEXT        NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (item_id, channel)
);
CREATE INDEX plan_variant_ws_idx ON plan_variant (workspace_id);

-- Images attached to an item: type detected from the bytes, at most 8 MB each and 4 per item (checked in code).
CREATE TABLE plan_media
(
    id           UUID PRIMARY KEY,
    workspace_id UUID         NOT NULL,
    item_id      UUID         NOT NULL REFERENCES plan_item (id) ON DELETE CASCADE,
    content_type VARCHAR(20)  NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif')),
    size_bytes   INT          NOT NULL CHECK (size_bytes BETWEEN 1 AND 8388608),
    alt_text     VARCHAR(1000) NOT NULL DEFAULT '',
    bytes        BYTEA        NOT NULL,
    uploaded_by  UUID REFERENCES app_user (id) ON DELETE SET NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX plan_media_idx ON plan_media (workspace_id, item_id);

-- Internal comments and the members they mention.
CREATE TABLE plan_comment
(
    id           UUID PRIMARY KEY,
    workspace_id UUID          NOT NULL,
    item_id      UUID          NOT NULL REFERENCES plan_item (id) ON DELETE CASCADE,
    author_id    UUID REFERENCES app_user (id) ON DELETE SET NULL,
    body         VARCHAR(2000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX plan_comment_idx ON plan_comment (workspace_id, item_id, created_at);

CREATE TABLE plan_mention
(
    comment_id   UUID NOT NULL REFERENCES plan_comment (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    user_id      UUID NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    PRIMARY KEY (comment_id, user_id)
);

-- A member's private iCalendar feed: only the SHA-256 of the token is kept.
CREATE TABLE plan_feed
(
    workspace_id UUID     NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    user_id      UUID     NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    token_hash   CHAR(64) NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, user_id)
);
