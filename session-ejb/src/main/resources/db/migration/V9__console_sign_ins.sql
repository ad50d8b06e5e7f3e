-- Sign-ins of the web console: the browser holds a random token in an HttpOnly cookie, the server
-- only its SHA-256 (token_hash), so that sign-out and expiry end it on the server and every node
-- sees it. principal: who signed in (CallerIdentity.principalName), checked again on each request.
create table console_sign_ins (
    id            uuid                        not null,
    token_hash    varchar(64)                 not null,
    principal     varchar(300)                not null,
    created_at    timestamp(6) with time zone not null,
    last_seen_at  timestamp(6) with time zone not null,
    expires_at    timestamp(6) with time zone not null,
    ended_at      timestamp(6) with time zone,
    constraint pk_console_sign_ins primary key (id),
    constraint uk_console_sign_ins_token unique (token_hash)
);

create index ix_console_sign_ins_expires on console_sign_ins (expires_at);
