-- Stored files, continued (V40 created the table): every version names the first version of its chain (root_id),
-- a chain never forks (each version is replaced at most once, version numbers are unique in a chain), and the
-- stored facts are checked. storage_key is the path of the bytes under motcua.file-store: "<k0k1>/<uuid>" from
-- now on, a bare "<uuid>" for files stored before this migration. agency_id stays nullable for files a system
-- administrator without an agency stored before; new files always have an owner agency.
alter table stored_file add column root_id uuid references stored_file (id);

with recursive chain (id, root_id) as (
    select id, id from stored_file where previous_id is null
    union all
    select f.id, c.root_id from stored_file f join chain c on f.previous_id = c.id)
update stored_file s set root_id = chain.root_id from chain where chain.id = s.id;

alter table stored_file
    alter column root_id set not null,
    add constraint stored_file_storage_key_uk unique (storage_key),
    add constraint stored_file_version_uk unique (root_id, version),
    add constraint stored_file_previous_uk unique (previous_id),
    add constraint stored_file_version_check check (version >= 1),
    add constraint stored_file_sha256_check check (sha256 ~ '^[0-9a-f]{64}$'),
    add constraint stored_file_chain check (
        (version = 1 and previous_id is null and root_id = id)
        or (version > 1 and previous_id is not null and root_id <> id));
