-- Catalogue details (issue #5): applicant types, inter-agency legs, one-stop and "4 tại chỗ" flags, result name,
-- repeal date; publication decisions (quyết định công bố) linked to the versions they announce; search indexes.
alter table procedure add column repealed_from date;

alter table procedure_version
    add column applicant_types  jsonb        not null default '[]',
    add column legs             jsonb        not null default '[]',
    add column one_stop         boolean      not null default true,
    add column on_the_spot      boolean      not null default false,
    add column result_name      varchar(300),
    add column decision_id      uuid;

create table publication_decision (
    id          uuid primary key,
    number      varchar(100) not null,
    signed_on   date         not null,
    agency_id   uuid         not null references agency (id),
    signer      varchar(200),
    legal_documents jsonb    not null default '[]',
    created_by  varchar(100) not null,
    created_at  timestamptz  not null default now(),
    constraint publication_decision_number_uk unique (agency_id, number)
);
create index publication_decision_signed_idx on publication_decision (agency_id, signed_on);

create table publication_decision_item (
    decision_id  uuid        not null references publication_decision (id),
    position     integer     not null,
    procedure_id uuid        not null references procedure (id),
    version_id   uuid        references procedure_version (id),
    change       varchar(10) not null check (change in ('NEW', 'AMENDED', 'REPEALED')),
    primary key (decision_id, position)
);
create index publication_decision_item_procedure_idx on publication_decision_item (procedure_id);

alter table procedure_version add constraint procedure_version_decision_fk
    foreign key (decision_id) references publication_decision (id);

-- Search: the public list only reads the latest version of each procedure; the code is searched by prefix/infix.
create index procedure_version_latest_idx on procedure_version (procedure_id, version desc);
create index procedure_code_trgm_idx on procedure using gin (lower(code) gin_trgm_ops);
create index procedure_version_name_vi_idx on procedure_version ((name collate "vi-x-icu"));
