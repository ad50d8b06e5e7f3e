-- People, their roles in accounts, and API keys. Passwords and keys are stored only as hashes.

create table users (
    id            uuid                        not null,
    username      varchar(64)                 not null,
    password_hash varchar(512)                not null,
    operator      boolean                     not null,
    created_at    timestamp(6) with time zone not null,
    version       bigint                      not null,
    constraint pk_users primary key (id),
    constraint uk_users_username unique (username)
);

-- one role per person and account
create table memberships (
    user_id    uuid                        not null,
    account_id uuid                        not null,
    role       varchar(16)                 not null,
    created_at timestamp(6) with time zone not null,
    constraint pk_memberships primary key (user_id, account_id),
    constraint fk_memberships_user foreign key (user_id) references users (id) on delete cascade,
    constraint fk_memberships_account foreign key (account_id) references accounts (id) on delete cascade,
    constraint ck_memberships_role check (role in ('admin', 'member', 'viewer', 'auditor'))
);

create index ix_memberships_account on memberships (account_id);

-- secret_hash: SHA-256 of the whole key (keys are 256-bit random, so a fast hash is safe and lets a
-- request find its key by an index lookup); prefix: the start of the key, shown in listings
create table api_keys (
    id                uuid                        not null,
    account_id        uuid                        not null,
    name              varchar(200)                not null,
    prefix            varchar(16)                 not null,
    secret_hash       varchar(64)                 not null,
    role              varchar(16)                 not null,
    project_id        uuid,
    created_at        timestamp(6) with time zone not null,
    created_by        varchar(200)                not null,
    expires_at        timestamp(6) with time zone,
    last_used_at      timestamp(6) with time zone,
    last_used_address varchar(64),
    revoked_at        timestamp(6) with time zone,
    constraint pk_api_keys primary key (id),
    constraint uk_api_keys_secret_hash unique (secret_hash),
    constraint fk_api_keys_account foreign key (account_id) references accounts (id) on delete cascade,
    constraint fk_api_keys_project foreign key (project_id) references projects (id) on delete cascade,
    constraint ck_api_keys_role check (role in ('admin', 'member', 'viewer', 'auditor'))
);

create index ix_api_keys_account on api_keys (account_id, created_at);
create index ix_api_keys_project_fk on api_keys (project_id);
