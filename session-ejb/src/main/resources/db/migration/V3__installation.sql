-- Identifies this database. The search index records the id it was built for, so that an index left
-- over from another database (after switching from H2 to PostgreSQL, or restoring elsewhere) is
-- detected and rebuilt instead of answering with the other database's rows.
create table installation (
    id         varchar(36) not null primary key,
    created_at timestamp   not null
);

insert into installation (id, created_at) values (${random_uuid}, current_timestamp);
