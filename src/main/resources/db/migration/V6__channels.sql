-- A channel: a company account on a network. Secrets are sealed by CredentialVault (AES-256-GCM), never plain.
CREATE TABLE channel
(
    id             UUID PRIMARY KEY,
    workspace_id   UUID          NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    network        VARCHAR(40)   NOT NULL,                 -- Network.key()
    plan_channel   VARCHAR(40)   NOT NULL,                 -- the plan's channel name whose items it publishes
    service_url    VARCHAR(500)  NOT NULL,
    account_id     VARCHAR(300)  NOT NULL,
    handle         VARCHAR(300)  NOT NULL,
    display_name   VARCHAR(300)  NOT NULL DEFAULT '',
    profile_url    VARCHAR(1000),
    secrets        TEXT          NOT NULL,
    capabilities   JSONB         NOT NULL,
    status         VARCHAR(20)   NOT NULL DEFAULT 'ACTIVE'
                       CHECK (status IN ('ACTIVE', 'NEEDS_RECONNECTION', 'DISCONNECTED')),
    status_reason  VARCHAR(1000),
    status_since   TIMESTAMP WITH TIME ZONE NOT NULL,
    paused         BOOLEAN       NOT NULL DEFAULT FALSE,
    publishers     VARCHAR(10)   NOT NULL DEFAULT 'MEMBERS' CHECK (publishers IN ('MEMBERS', 'AREA', 'PEOPLE')),
    publisher_area VARCHAR(80),
    posting_times  VARCHAR(5)[]  NOT NULL DEFAULT '{}',    -- HH:mm in the workspace's time zone
    visibility     VARCHAR(20)   NOT NULL DEFAULT 'PUBLIC' CHECK (visibility IN ('PUBLIC', 'UNLISTED', 'FOLLOWERS_ONLY')),
    connected_by   UUID REFERENCES app_user (id) ON DELETE SET NULL,
    connected_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (workspace_id, network, account_id)
);
CREATE INDEX channel_workspace_idx ON channel (workspace_id, lower(plan_channel));

-- Who may publish on a channel when its rule is PEOPLE.
CREATE TABLE channel_publisher
(
    channel_id UUID NOT NULL REFERENCES channel (id) ON DELETE CASCADE,
    user_id    UUID NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    PRIMARY KEY (channel_id, user_id)
);

-- Coro's registration as an OAuth application, once per network server and redirect address.
CREATE TABLE channel_oauth_client
(
    network       VARCHAR(40)  NOT NULL,
    server_url    VARCHAR(500) NOT NULL,
    redirect_uri  VARCHAR(1000) NOT NULL,
    client_id     VARCHAR(500) NOT NULL,
    client_secret TEXT         NOT NULL,                  -- sealed
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (network, server_url, redirect_uri)
);

-- An authorization under way: the state sent to the server, checked when it sends the person back.
CREATE TABLE channel_oauth_state
(
    state        VARCHAR(64) PRIMARY KEY,
    workspace_id UUID         NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    user_id      UUID         NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    network      VARCHAR(40)  NOT NULL,
    server_url   VARCHAR(500) NOT NULL,
    redirect_uri VARCHAR(1000) NOT NULL,
    channel_id   UUID,                                     -- set when reconnecting an existing channel
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
