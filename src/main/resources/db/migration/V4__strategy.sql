-- The strategy module: where the company starts (audits), where it goes (objectives), and how (the strategy).

-- A dated snapshot of the starting situation, per channel.
CREATE TABLE baseline_audit
(
    id           UUID PRIMARY KEY,
    workspace_id UUID         NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    taken_on     DATE         NOT NULL,
    note         VARCHAR(500) NOT NULL DEFAULT '',
    created_by   UUID REFERENCES app_user (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX baseline_audit_idx ON baseline_audit (workspace_id, taken_on DESC);

CREATE TABLE audit_value
(
    audit_id     UUID           NOT NULL REFERENCES baseline_audit (id) ON DELETE CASCADE,
    workspace_id UUID           NOT NULL,
    channel      VARCHAR(40)    NOT NULL,
    metric       VARCHAR(30)    NOT NULL CHECK (metric IN
                     ('FOLLOWERS', 'POSTS_PER_WEEK', 'ENGAGEMENT_RATE', 'ANSWERED_SHARE', 'MEDIAN_FIRST_RESPONSE')),
    value        NUMERIC(14, 3) NOT NULL CHECK (value >= 0),
    source       VARCHAR(10)    NOT NULL DEFAULT 'MANUAL' CHECK (source IN ('MANUAL', 'MEASURED')),
    PRIMARY KEY (audit_id, channel, metric)
);

CREATE TABLE objective
(
    id             UUID PRIMARY KEY,
    workspace_id   UUID           NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    name           VARCHAR(120)   NOT NULL,
    kpi            VARCHAR(30)    NOT NULL,
    channel        VARCHAR(40),                        -- NULL: all channels
    baseline_value NUMERIC(14, 3),                     -- NULL: no baseline yet (the readiness checklist says so)
    baseline_on    DATE,
    audit_id       UUID REFERENCES baseline_audit (id) ON DELETE SET NULL,
    target_value   NUMERIC(14, 3) NOT NULL,
    deadline       DATE           NOT NULL,
    owner_id       UUID REFERENCES app_user (id) ON DELETE SET NULL,
    pillar_ids     UUID[]         NOT NULL DEFAULT '{}',
    status         VARCHAR(10)    NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ACHIEVED', 'DROPPED')),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     UUID REFERENCES app_user (id)
);
CREATE INDEX objective_idx ON objective (workspace_id, status);

-- Measured (or entered) values of a KPI over time: progress and trends are computed from here. The insights module
-- will write measured values; people enter manual ones.
CREATE TABLE kpi_value
(
    id           BIGSERIAL PRIMARY KEY,
    workspace_id UUID           NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    kpi          VARCHAR(30)    NOT NULL,
    channel      VARCHAR(40)    NOT NULL DEFAULT '',   -- '': all channels
    measured_on  DATE           NOT NULL,
    value        NUMERIC(14, 3) NOT NULL,
    source       VARCHAR(10)    NOT NULL DEFAULT 'MANUAL' CHECK (source IN ('MANUAL', 'MEASURED')),
    objective_id UUID REFERENCES objective (id) ON DELETE CASCADE,  -- for the manual KPI
    UNIQUE (workspace_id, kpi, channel, measured_on, objective_id)
);
CREATE INDEX kpi_value_idx ON kpi_value (workspace_id, kpi, channel, measured_on);

-- The strategy as data, versioned: each save is a new version; what the strategy said on a date is the last
-- version saved before it. The document holds audiences, channel roles, content pillars, tone of voice and
-- guidelines (see io.coro.strategy.StrategyDocument); pillars keep their ids across versions.
CREATE TABLE strategy_version
(
    workspace_id UUID         NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    version      INT          NOT NULL,
    document     JSONB        NOT NULL,
    note         VARCHAR(300) NOT NULL DEFAULT '',
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   UUID REFERENCES app_user (id),
    PRIMARY KEY (workspace_id, version)
);
