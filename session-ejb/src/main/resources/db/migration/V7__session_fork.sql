-- A fork links to the session it was forked from and to the last message it copied; deleting the
-- parent leaves the fork in place, unlinked.
alter table sessions add column parent_id uuid;
alter table sessions add column forked_at_seq bigint;
alter table sessions add constraint fk_sessions_parent
    foreign key (parent_id) references sessions (id) on delete set null;
create index ix_sessions_parent on sessions (parent_id);
