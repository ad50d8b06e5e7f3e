-- Several application nodes on one database (issue 18).

-- ShedLock's table: one row per timer (retention, auto-idle), locked by the node that runs it, so
-- that a timer firing on every node at the same moment runs once for the cluster. Column names and
-- types are ShedLock's own; times are written as the nodes' UTC wall clock.
create table shedlock (
    name        varchar(64)  not null,
    lock_until  timestamp(3) not null,
    locked_at   timestamp(3) not null,
    locked_by   varchar(255) not null,
    constraint pk_shedlock primary key (name)
);

-- The search index rebuild of the cluster: one row, so one rebuild at a time whichever node is
-- asked, and its progress readable on every node. The node running it writes done and
-- heartbeat_at every second; a running rebuild whose heartbeat stops was lost with its node.
create table search_rebuild (
    id            integer                     not null,
    state         varchar(16)                 not null,
    reason        varchar(1000),
    node          varchar(255),
    done          bigint                      not null,
    total         bigint                      not null,
    started_at    timestamp(6) with time zone,
    finished_at   timestamp(6) with time zone,
    heartbeat_at  timestamp(6) with time zone,
    error         varchar(4000),
    constraint pk_search_rebuild primary key (id),
    constraint ck_search_rebuild_one check (id = 1),
    constraint ck_search_rebuild_state check (state in ('IDLE', 'RUNNING', 'COMPLETED', 'FAILED'))
);
insert into search_rebuild (id, state, done, total) values (1, 'IDLE', 0, 0);
