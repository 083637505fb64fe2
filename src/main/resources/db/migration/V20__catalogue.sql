-- Procedure catalogue (thủ tục hành chính) with versions in time.
create table procedure (
    id         uuid primary key,
    code       varchar(40) not null,
    agency_id  uuid        not null references agency (id),
    status     varchar(12) not null check (status in ('DRAFT', 'PUBLISHED', 'REPEALED')),
    created_at timestamptz not null default now(),
    constraint procedure_code_uk unique (code)
);

create table procedure_version (
    id                uuid primary key,
    procedure_id      uuid         not null references procedure (id),
    version           integer      not null,
    valid_from        date         not null,
    name              varchar(500) not null,
    field_id          uuid references field (id),
    level             varchar(12)  not null check (level in ('PROVINCE', 'COMMUNE', 'MINISTRY')),
    origin            varchar(10)  not null check (origin in ('CENTRAL', 'LOCAL')),
    processing_amount integer      not null check (processing_amount >= 0),
    processing_unit   varchar(20)  not null check (processing_unit in ('WORKING_DAY', 'WORKING_HOUR')),
    online_mode       varchar(10)  not null check (online_mode in ('FULL', 'PARTIAL', 'NONE')),
    online_reason     varchar(1000),
    result_type       varchar(12)  not null check (result_type in ('PAPER', 'ELECTRONIC')),
    inter_agency      boolean      not null default false,
    legal_basis       text,
    where_to_submit   varchar(1000),
    decision_number   varchar(100),
    fees              jsonb        not null default '[]',
    components        jsonb        not null default '[]',
    steps             jsonb        not null default '[]',
    created_by        varchar(100) not null,
    created_at        timestamptz  not null default now(),
    constraint procedure_version_uk unique (procedure_id, version),
    constraint procedure_version_from_uk unique (procedure_id, valid_from)
);
create index procedure_version_name_trgm_idx on procedure_version using gin (f_unaccent(lower(name)) gin_trgm_ops);
