-- Stored files (tệp đính kèm): uploads and generated documents. The bytes live in the file store on disk
-- (motcua.file-store, default <motcua.data-dir>/files) under a random key; this table holds what is known about them.
-- A file is never changed: a replacement is a new row (version + 1) that points to the one it replaces.
create table stored_file (
    id          uuid         primary key,
    agency_id   uuid         not null references agency (id),
    storage_key varchar(100) not null,
    name        varchar(255) not null,
    media_type  varchar(100) not null,
    size        bigint       not null check (size >= 0),
    sha256      char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    root_id     uuid         not null references stored_file (id),
    version     integer      not null check (version >= 1),
    previous_id uuid         references stored_file (id),
    generated   boolean      not null default false,
    uploaded_by varchar(100) not null,
    created_at  timestamptz  not null,
    constraint stored_file_storage_key_uk unique (storage_key),
    -- one chain per root, no fork: each version is replaced at most once
    constraint stored_file_version_uk unique (root_id, version),
    constraint stored_file_previous_uk unique (previous_id),
    constraint stored_file_chain check (
        (version = 1 and previous_id is null and root_id = id)
        or (version > 1 and previous_id is not null and root_id <> id))
);
create index stored_file_agency_idx on stored_file (agency_id, created_at desc);
create index stored_file_sha256_idx on stored_file (sha256);
