-- The publish ledger: one row per (content item, channel), whatever happens, with every attempt below.
CREATE TABLE publication
(
    id              UUID PRIMARY KEY,
    workspace_id    UUID         NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    item_id         UUID         NOT NULL REFERENCES plan_item (id) ON DELETE CASCADE,
    channel_id      UUID         NOT NULL REFERENCES channel (id) ON DELETE CASCADE,
    idempotency_key VARCHAR(64)  NOT NULL UNIQUE,         -- sent to the network with every attempt
    state           VARCHAR(12)  NOT NULL CHECK (state IN
                        ('PENDING', 'SENDING', 'WAITING', 'HELD', 'PUBLISHED', 'FAILED', 'CANCELLED')),
    planned_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,    -- the post's creation time, the same for every retry
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    url             VARCHAR(1000),
    network_id      VARCHAR(500),
    error_kind      VARCHAR(20),
    error_detail    VARCHAR(2000),
    published_at    TIMESTAMP WITH TIME ZONE,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (item_id, channel_id)
);
CREATE INDEX publication_channel_idx ON publication (channel_id, updated_at DESC);
CREATE INDEX publication_held_idx ON publication (workspace_id, channel_id) WHERE state = 'HELD';

CREATE TABLE publication_attempt
(
    id             BIGSERIAL PRIMARY KEY,
    publication_id UUID         NOT NULL REFERENCES publication (id) ON DELETE CASCADE,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE,
    node           VARCHAR(200) NOT NULL,
    action         VARCHAR(10)  NOT NULL CHECK (action IN ('SEND', 'RECONCILE')),
    outcome        VARCHAR(12)  CHECK (outcome IN ('PUBLISHED', 'FOUND', 'NOT_FOUND', 'FAILED')),
    error_kind     VARCHAR(20),
    response       VARCHAR(2000)                          -- what the network answered, shortened
);
CREATE INDEX publication_attempt_idx ON publication_attempt (publication_id, id);

-- A channel the network asked to wait (rate limit): nothing is sent to it before blocked_until.
CREATE TABLE publishing_channel_block
(
    channel_id    UUID PRIMARY KEY REFERENCES channel (id) ON DELETE CASCADE,
    blocked_until TIMESTAMP WITH TIME ZONE NOT NULL,
    reason        VARCHAR(1000)
);

-- The one switch that stops all publishing of a workspace (the crisis freeze).
CREATE TABLE publishing_freeze
(
    workspace_id UUID PRIMARY KEY REFERENCES workspace (id) ON DELETE CASCADE,
    reason       VARCHAR(1000) NOT NULL,
    frozen_by    UUID REFERENCES app_user (id) ON DELETE SET NULL,
    frozen_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
