-- Session Vault schema. The same file runs on H2 and PostgreSQL; ${json_type} is json on H2 and jsonb on
-- PostgreSQL. Unbounded text is plain varchar (unlimited on both). Enumerations are lowercase wire names.

create table accounts (
    id              uuid                        not null,
    name            varchar(64)                 not null,
    display_name    varchar(200)                not null,
    created_at      timestamp(6) with time zone not null,
    constraint pk_accounts primary key (id),
    constraint uk_accounts_name unique (name)
);

create table projects (
    id              uuid                        not null,
    account_id      uuid                        not null,
    project_key     varchar(64)                 not null,
    name            varchar(200)                not null,
    root_path       varchar(1024),
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    version         bigint                      not null,
    constraint pk_projects primary key (id),
    constraint fk_projects_account foreign key (account_id) references accounts (id) on delete cascade,
    constraint uk_projects_account_key unique (account_id, project_key)
);

create table sessions (
    id                          uuid                        not null,
    account_id                  uuid                        not null,
    external_id                 varchar(255),
    name                        varchar(200),
    summary                     varchar,
    type                        varchar(64),
    agent                       varchar(64)                 not null,
    environment                 varchar(16),
    model                       varchar(200),
    project_id                  uuid,
    component                   varchar(200),
    project_path                varchar(1024),
    git_branch                  varchar(255),
    status                      varchar(16)                 not null,
    config_max_messages         integer,
    config_idle_timeout_minutes integer,
    config_persistence_enabled  boolean,
    config_features             ${json_type},
    llm_config                  ${json_type}                not null,
    metadata                    ${json_type}                not null,
    state                       ${json_type}                not null,
    error                       varchar,
    schema_version              integer                     not null,
    preview                     varchar(200),
    created_at                  timestamp(6) with time zone not null,
    updated_at                  timestamp(6) with time zone not null,
    last_activity_at            timestamp(6) with time zone not null,
    closed_at                   timestamp(6) with time zone,
    version                     bigint                      not null,
    message_count               bigint                      not null,
    turn_count                  bigint                      not null,
    input_tokens                bigint                      not null,
    output_tokens               bigint                      not null,
    cache_read_tokens           bigint                      not null,
    cache_write_tokens          bigint                      not null,
    total_cost_usd              numeric(20, 8)              not null,
    active_todo_count           integer                     not null,
    interaction_count           bigint                      not null,
    constraint pk_sessions primary key (id),
    -- an account that still has sessions cannot be deleted
    constraint fk_sessions_account foreign key (account_id) references accounts (id) on delete restrict,
    -- deleting a project detaches its sessions
    constraint fk_sessions_project foreign key (project_id) references projects (id) on delete set null,
    constraint uk_sessions_account_external unique (account_id, external_id),
    constraint ck_sessions_status check (status in ('initializing', 'active', 'idle', 'completed', 'failed')),
    constraint ck_sessions_environment check (environment in ('local', 'vscode', 'jetbrains', 'ci', 'web', 'other')),
    constraint ck_sessions_closed check ((status in ('completed', 'failed')) = (closed_at is not null)),
    constraint ck_sessions_counts check (message_count >= 0 and turn_count >= 0 and input_tokens >= 0
        and output_tokens >= 0 and cache_read_tokens >= 0 and cache_write_tokens >= 0
        and total_cost_usd >= 0 and active_todo_count >= 0 and interaction_count >= 0)
);

-- one index per filter and sort of GET /sessions, each led by the account (every query is scoped to it)
create index ix_sessions_status           on sessions (account_id, status);
create index ix_sessions_agent            on sessions (account_id, agent);
create index ix_sessions_model            on sessions (account_id, model);
create index ix_sessions_project          on sessions (account_id, project_id);
create index ix_sessions_project_fk       on sessions (project_id);
create index ix_sessions_created          on sessions (account_id, created_at, id);
create index ix_sessions_updated          on sessions (account_id, updated_at, id);
create index ix_sessions_last_activity    on sessions (account_id, last_activity_at, id);
create index ix_sessions_total_cost       on sessions (account_id, total_cost_usd, id);
create index ix_sessions_message_count    on sessions (account_id, message_count, id);
create index ix_sessions_name             on sessions (account_id, name, id);

create table session_tags (
    session_id      uuid        not null,
    tag             varchar(64) not null,
    constraint pk_session_tags primary key (session_id, tag),
    constraint fk_session_tags_session foreign key (session_id) references sessions (id) on delete cascade
);
create index ix_session_tags_tag on session_tags (tag, session_id);

create table messages (
    id                  uuid                        not null,
    session_id          uuid                        not null,
    seq                 bigint                      not null,
    external_id         varchar(255),
    parent_external_id  varchar(255),
    role                varchar(16)                 not null,
    content             varchar                     not null,
    blocks              ${json_type},
    tool_name           varchar(200),
    tool_call_id        varchar(255),
    model               varchar(200),
    input_tokens        bigint                      not null,
    output_tokens       bigint                      not null,
    cache_read_tokens   bigint                      not null,
    cache_write_tokens  bigint                      not null,
    cost_usd            numeric(18, 8),
    occurred_at         timestamp(6) with time zone not null,
    created_at          timestamp(6) with time zone not null,
    constraint pk_messages primary key (id),
    constraint fk_messages_session foreign key (session_id) references sessions (id) on delete cascade,
    constraint uk_messages_session_seq unique (session_id, seq),
    constraint uk_messages_session_external unique (session_id, external_id),
    constraint ck_messages_role check (role in ('user', 'assistant', 'system', 'tool')),
    constraint ck_messages_seq check (seq >= 1),
    constraint ck_messages_tokens check (input_tokens >= 0 and output_tokens >= 0
        and cache_read_tokens >= 0 and cache_write_tokens >= 0 and (cost_usd is null or cost_usd >= 0))
);

create table todos (
    id              uuid          not null,
    session_id      uuid          not null,
    position        integer       not null,
    content         varchar(4000) not null,
    status          varchar(16)   not null,
    active_form     varchar(4000),
    constraint pk_todos primary key (id),
    constraint fk_todos_session foreign key (session_id) references sessions (id) on delete cascade,
    constraint uk_todos_session_position unique (session_id, position),
    constraint ck_todos_status check (status in ('pending', 'in_progress', 'completed'))
);

create table interactions (
    id              uuid                        not null,
    session_id      uuid                        not null,
    seq             bigint                      not null,
    command         varchar                     not null,
    result          varchar,
    exit_code       integer,
    started_at      timestamp(6) with time zone,
    finished_at     timestamp(6) with time zone,
    created_at      timestamp(6) with time zone not null,
    constraint pk_interactions primary key (id),
    constraint fk_interactions_session foreign key (session_id) references sessions (id) on delete cascade,
    constraint uk_interactions_session_seq unique (session_id, seq),
    constraint ck_interactions_seq check (seq >= 1)
);
