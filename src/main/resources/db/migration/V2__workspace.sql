-- The company (workspace, the tenant), its people and how they get in.

CREATE TABLE app_user
(
    id                UUID PRIMARY KEY,
    email             VARCHAR(254) NOT NULL,
    display_name      VARCHAR(100) NOT NULL,
    password_hash     VARCHAR(200) NOT NULL,
    locale            VARCHAR(5),
    last_workspace_id UUID,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX app_user_email_uq ON app_user (lower(email));

CREATE TABLE workspace
(
    id         UUID PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    locale     VARCHAR(5)   NOT NULL CHECK (locale IN ('en', 'it')),
    time_zone  VARCHAR(64)  NOT NULL,
    demo       BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE membership
(
    workspace_id UUID        NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    user_id      UUID        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role         VARCHAR(20) NOT NULL CHECK (role IN ('OWNER', 'COORDINATOR', 'MEMBER', 'VIEWER')),
    joined_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, user_id)
);
CREATE INDEX membership_user_idx ON membership (user_id);

CREATE TABLE invitation
(
    id           UUID PRIMARY KEY,
    workspace_id UUID         NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    email        VARCHAR(254) NOT NULL,
    role         VARCHAR(20)  NOT NULL CHECK (role IN ('OWNER', 'COORDINATOR', 'MEMBER', 'VIEWER')),
    token_hash   CHAR(64)     NOT NULL UNIQUE,
    invited_by   UUID         NOT NULL REFERENCES app_user (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at  TIMESTAMP WITH TIME ZONE,
    accepted_by  UUID REFERENCES app_user (id),
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX invitation_workspace_idx ON invitation (workspace_id, created_at DESC);

-- Failed logins, for throttling; kept for a day by the housekeeping task.
CREATE TABLE login_failure
(
    id             BIGSERIAL PRIMARY KEY,
    email          VARCHAR(254) NOT NULL,
    remote_address VARCHAR(64)  NOT NULL,
    failed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX login_failure_email_idx ON login_failure (lower(email), failed_at);
CREATE INDEX login_failure_address_idx ON login_failure (remote_address, failed_at);
