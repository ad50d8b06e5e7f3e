-- The transcript file an assistant wrote, kept byte for byte (gzip) next to the session read from it:
-- the longest version sent. Deleting the session deletes it.
create table transcripts (
    session_id          uuid         not null primary key,
    account_id          uuid         not null,
    format              varchar(32)  not null,
    original_sha256     varchar(64)  not null,
    original_length     bigint       not null,
    sha256              varchar(64)  not null,
    byte_length         bigint       not null,
    compressed_length   bigint       not null,
    redactions          bigint       not null,
    content             bytea        not null,
    created_at          timestamp(6) with time zone not null,
    updated_at          timestamp(6) with time zone not null,
    constraint fk_transcripts_session foreign key (session_id) references sessions (id) on delete cascade
);
-- a file sent again is recognised by its SHA-256 before it is read
create index ix_transcripts_original on transcripts (account_id, original_sha256);
