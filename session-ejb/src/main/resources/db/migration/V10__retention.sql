-- Retention, trash and storage use (issue 17).

-- What a session's content takes: the UTF-8 bytes of its messages' text and structured blocks and of
-- its interactions' commands and results, kept up to date as parts are appended. Sessions stored
-- before this version are measured once here.
alter table sessions add column content_bytes bigint default 0 not null;
update sessions s set content_bytes =
    coalesce((select sum(octet_length(m.content) + coalesce(octet_length(cast(m.blocks as varchar)), 0))
              from messages m where m.session_id = s.id), 0)
  + coalesce((select sum(octet_length(i.command) + coalesce(octet_length(i.result), 0))
              from interactions i where i.session_id = s.id), 0);

-- An account's retention policy, one per account (created with it). A null limit keeps
-- everything: the default. exempt_tags: a session with any of these tags is never deleted by the
-- policy (comma-separated; tags hold no comma).
-- idle_timeout_minutes: the account's default for sessions whose config names none.
-- quota_warned_at: when the account last crossed 80 % of its quota (null while below).
create table retention_policies (
    account_id            uuid                        not null,
    max_age_days          integer,
    max_sessions          integer,
    quota_bytes           bigint,
    exempt_tags           varchar(4000)               not null,
    idle_timeout_minutes  integer,
    quota_warned_at       timestamp(6) with time zone,
    updated_at            timestamp(6) with time zone not null,
    version               bigint                      not null,
    constraint pk_retention_policies primary key (account_id),
    constraint fk_retention_policies_account foreign key (account_id) references accounts (id) on delete cascade,
    constraint ck_retention_policies_limits check ((max_age_days is null or max_age_days >= 1)
        and (max_sessions is null or max_sessions >= 0) and (quota_bytes is null or quota_bytes >= 0)
        and (idle_timeout_minutes is null or idle_timeout_minutes >= 1))
);

insert into retention_policies (account_id, exempt_tags, updated_at, version)
    select id, 'keep,pinned', created_at, 0 from accounts;

-- A project's own limits: they replace the account's for the project's sessions (a null limit
-- there is no limit). Deleting the project deletes them.
create table project_retention (
    account_id    uuid    not null,
    project_id    uuid    not null,
    max_age_days  integer,
    max_sessions  integer,
    quota_bytes   bigint,
    constraint pk_project_retention primary key (account_id, project_id),
    constraint fk_project_retention_policy foreign key (account_id) references retention_policies (account_id) on delete cascade,
    constraint fk_project_retention_project foreign key (project_id) references projects (id) on delete cascade,
    constraint ck_project_retention_limits check ((max_age_days is null or max_age_days >= 1)
        and (max_sessions is null or max_sessions >= 0) and (quota_bytes is null or quota_bytes >= 0))
);

-- Deleted sessions wait here for their grace period: the session's lossless document (gzip, the
-- canonical JSON export without redaction) and its original transcript, if the vault kept one.
-- The session's own rows and index documents are gone; restoring imports the document again.
create table trashed_sessions (
    id                    uuid                        not null,
    account_id            uuid                        not null,
    session_id            uuid                        not null,
    external_id           varchar(255),
    name                  varchar(200),
    project_id            uuid,
    status                varchar(16)                 not null,
    last_activity_at      timestamp(6) with time zone not null,
    message_count         bigint                      not null,
    content_bytes         bigint                      not null,
    reason                varchar(32)                 not null,
    trashed_at            timestamp(6) with time zone not null,
    purge_after           timestamp(6) with time zone not null,
    document              bytea                       not null,
    document_bytes        bigint                      not null,
    stored_bytes          bigint                      not null,
    transcript_format           varchar(32),
    transcript_original_sha256  varchar(64),
    transcript_original_length  bigint,
    transcript_sha256           varchar(64),
    transcript_byte_length      bigint,
    transcript_redactions       bigint,
    transcript_created_at       timestamp(6) with time zone,
    transcript_updated_at       timestamp(6) with time zone,
    transcript                  bytea,
    constraint pk_trashed_sessions primary key (id),
    constraint fk_trashed_sessions_account foreign key (account_id) references accounts (id) on delete cascade
);
create index ix_trashed_sessions_account on trashed_sessions (account_id, trashed_at, id);
create index ix_trashed_sessions_purge on trashed_sessions (purge_after);

-- The timers (retention, auto-idle) record what they did in the audit trail as the system.
alter table audit_records drop constraint ck_audit_records_actor_kind;
alter table audit_records add constraint ck_audit_records_actor_kind
    check (actor_kind in ('user', 'key', 'anonymous', 'system'));
