-- The team module: who knows what, who answers for what, and how far each person can act alone.
-- Every table is keyed by workspace_id; a member's rows go when their membership goes.

CREATE TABLE team_profile
(
    workspace_id    UUID         NOT NULL,
    user_id         UUID         NOT NULL,
    job_title       VARCHAR(100) NOT NULL DEFAULT '',
    languages       VARCHAR(60)  NOT NULL DEFAULT '',   -- ISO 639-1 codes, comma-separated: 'it,en'
    weekly_capacity INT          NOT NULL DEFAULT 10 CHECK (weekly_capacity BETWEEN 0 AND 500),
    open_items      INT          NOT NULL DEFAULT 0 CHECK (open_items >= 0),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, user_id),
    FOREIGN KEY (workspace_id, user_id) REFERENCES membership (workspace_id, user_id) ON DELETE CASCADE
);

CREATE TABLE team_area
(
    workspace_id UUID        NOT NULL,
    user_id      UUID        NOT NULL,
    area         VARCHAR(80) NOT NULL,
    PRIMARY KEY (workspace_id, user_id, area),
    FOREIGN KEY (workspace_id, user_id) REFERENCES membership (workspace_id, user_id) ON DELETE CASCADE
);

CREATE TABLE team_absence
(
    id           UUID PRIMARY KEY,
    workspace_id UUID         NOT NULL,
    user_id      UUID         NOT NULL,
    starts_on    DATE         NOT NULL,
    ends_on      DATE         NOT NULL CHECK (ends_on >= starts_on),
    note         VARCHAR(200) NOT NULL DEFAULT '',
    FOREIGN KEY (workspace_id, user_id) REFERENCES membership (workspace_id, user_id) ON DELETE CASCADE
);
CREATE INDEX team_absence_idx ON team_absence (workspace_id, user_id, ends_on);

CREATE TABLE competence
(
    id             UUID PRIMARY KEY,
    workspace_id   UUID         NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    code           VARCHAR(60)  NOT NULL,
    name_en        VARCHAR(80)  NOT NULL,
    name_it        VARCHAR(80)  NOT NULL,
    keywords_en    VARCHAR(1000) NOT NULL DEFAULT '',  -- comma-separated words and phrases
    keywords_it    VARCHAR(1000) NOT NULL DEFAULT '',
    needed         BOOLEAN      NOT NULL DEFAULT FALSE, -- the company needs someone at level 3 or more
    sensitive      BOOLEAN      NOT NULL DEFAULT FALSE, -- a risky topic (complaints): its holders answer first
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (workspace_id, code)
);

CREATE TABLE member_competence
(
    workspace_id  UUID         NOT NULL,
    user_id       UUID         NOT NULL,
    competence_id UUID         NOT NULL REFERENCES competence (id) ON DELETE CASCADE,
    level         SMALLINT     NOT NULL CHECK (level BETWEEN 1 AND 5),
    evidence      VARCHAR(500) NOT NULL DEFAULT '',
    assessed_on   DATE         NOT NULL,
    assessed_by   UUID         REFERENCES app_user (id),
    PRIMARY KEY (workspace_id, user_id, competence_id),
    FOREIGN KEY (workspace_id, user_id) REFERENCES membership (workspace_id, user_id) ON DELETE CASCADE
);
CREATE INDEX member_competence_competence_idx ON member_competence (workspace_id, competence_id);

-- Every change of a level, kept: growth over time is read from here.
CREATE TABLE competence_level_history
(
    id            BIGSERIAL PRIMARY KEY,
    workspace_id  UUID         NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    user_id       UUID         NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    competence_id UUID         NOT NULL REFERENCES competence (id) ON DELETE CASCADE,
    old_level     SMALLINT,
    new_level     SMALLINT,
    evidence      VARCHAR(500) NOT NULL DEFAULT '',
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by    UUID REFERENCES app_user (id)
);
CREATE INDEX competence_level_history_idx ON competence_level_history (workspace_id, changed_at);

-- A member proposes a skill or a level for themselves; a coordinator confirms or declines.
CREATE TABLE competence_proposal
(
    id            UUID PRIMARY KEY,
    workspace_id  UUID         NOT NULL,
    user_id       UUID         NOT NULL,
    competence_id UUID         REFERENCES competence (id) ON DELETE CASCADE,
    new_skill     VARCHAR(80),  -- a skill not in the catalog yet
    level         SMALLINT     NOT NULL CHECK (level BETWEEN 1 AND 5),
    evidence      VARCHAR(500) NOT NULL DEFAULT '',
    status        VARCHAR(10)  NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'CONFIRMED', 'DECLINED')),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at    TIMESTAMP WITH TIME ZONE,
    decided_by    UUID REFERENCES app_user (id),
    CHECK ((competence_id IS NULL) <> (new_skill IS NULL)),
    FOREIGN KEY (workspace_id, user_id) REFERENCES membership (workspace_id, user_id) ON DELETE CASCADE
);
CREATE INDEX competence_proposal_idx ON competence_proposal (workspace_id, status);

CREATE TABLE attitude
(
    id           UUID PRIMARY KEY,
    workspace_id UUID        NOT NULL,
    user_id      UUID        NOT NULL,
    trait        VARCHAR(80) NOT NULL,
    recorded_by  UUID        REFERENCES app_user (id),
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    FOREIGN KEY (workspace_id, user_id) REFERENCES membership (workspace_id, user_id) ON DELETE CASCADE
);

-- Autonomy per member: area '' is the general level, other areas override it.
CREATE TABLE autonomy
(
    workspace_id UUID        NOT NULL,
    user_id      UUID        NOT NULL,
    area         VARCHAR(80) NOT NULL,
    level        VARCHAR(12) NOT NULL CHECK (level IN ('SUPERVISED', 'TRUSTED', 'AUTONOMOUS')),
    PRIMARY KEY (workspace_id, user_id, area),
    FOREIGN KEY (workspace_id, user_id) REFERENCES membership (workspace_id, user_id) ON DELETE CASCADE
);

CREATE TABLE autonomy_history
(
    id           BIGSERIAL PRIMARY KEY,
    workspace_id UUID         NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    user_id      UUID         NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    area         VARCHAR(80)  NOT NULL,
    old_level    VARCHAR(12),
    new_level    VARCHAR(12)  NOT NULL,
    reason       VARCHAR(300) NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by   UUID REFERENCES app_user (id)
);
CREATE INDEX autonomy_history_idx ON autonomy_history (workspace_id, user_id, changed_at DESC);

-- Who changed what in the team, when: kept here until the governance module's audit log takes it over.
CREATE TABLE team_change
(
    id           BIGSERIAL PRIMARY KEY,
    workspace_id UUID         NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    actor_id     UUID         REFERENCES app_user (id),
    subject_id   UUID         REFERENCES app_user (id) ON DELETE SET NULL,
    kind         VARCHAR(40)  NOT NULL,
    detail       VARCHAR(1000) NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX team_change_idx ON team_change (workspace_id, changed_at DESC);

-- Bumped by every change of the team, so that each node can keep the search data in memory and know when to reload.
CREATE TABLE team_version
(
    workspace_id UUID PRIMARY KEY REFERENCES workspace (id) ON DELETE CASCADE,
    version      BIGINT NOT NULL
);
