-- Stored files: uploads (sniffed, capped, hashed) and generated documents. The bytes live in the file store.
create table stored_file (
    id          uuid primary key,
    agency_id   uuid         references agency (id),
    previous_id uuid references stored_file (id),
    version     integer      not null default 1,
    name        varchar(255) not null,
    media_type  varchar(100) not null,
    size_bytes  bigint       not null check (size_bytes >= 0),
    sha256      char(64)     not null,
    storage_key varchar(100) not null,
    generated   boolean      not null default false,
    created_by  varchar(100) not null,
    created_at  timestamptz  not null default now()
);
create index stored_file_agency_idx on stored_file (agency_id, created_at);
create index stored_file_sha_idx on stored_file (sha256);
