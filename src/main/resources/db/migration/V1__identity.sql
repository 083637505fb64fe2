-- Identity and organisation: agencies (cơ quan), fields (lĩnh vực), users and roles.
create extension if not exists unaccent with schema public;
create extension if not exists pg_trgm with schema public;

-- unaccent() is only STABLE; an IMMUTABLE wrapper naming its dictionary can be indexed.
create or replace function f_unaccent(text) returns text
    language sql immutable parallel safe strict
as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

create table agency (
    id              uuid primary key,
    code            varchar(50)  not null,
    name            varchar(300) not null,
    short_name      varchar(100),
    identifier_code varchar(30)  not null,
    level           varchar(20)  not null check (level in ('MINISTRY', 'PROVINCE', 'COMMUNE')),
    parent_id       uuid references agency (id),
    address         varchar(300),
    phone           varchar(50),
    email           varchar(200),
    active          boolean      not null default true,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    constraint agency_code_uk unique (code),
    constraint agency_identifier_code_uk unique (identifier_code),
    constraint agency_not_own_parent check (parent_id is null or parent_id <> id)
);
create index agency_parent_idx on agency (parent_id);

create table field (
    id         uuid primary key,
    code       varchar(40)  not null,
    name       varchar(300) not null,
    active     boolean      not null default true,
    created_at timestamptz  not null default now(),
    constraint field_code_uk unique (code)
);

create table app_user (
    id                  uuid primary key,
    username            varchar(60)  not null,
    full_name           varchar(200) not null,
    email               varchar(200),
    password_hash       varchar(200),
    agency_id           uuid references agency (id),
    enabled             boolean      not null default true,
    failed_logins       integer      not null default 0,
    locked_until        timestamptz,
    password_changed_at timestamptz,
    last_login_at       timestamptz,
    created_at          timestamptz  not null default now()
);
create unique index app_user_username_uk on app_user (lower(username));
create index app_user_agency_idx on app_user (agency_id);

create table user_role (
    user_id uuid        not null references app_user (id) on delete cascade,
    role    varchar(40) not null check (role in ('SYSTEM_ADMIN', 'AGENCY_ADMIN', 'RECEPTION_OFFICER',
                                                 'PROCESSING_OFFICER', 'DEPARTMENT_HEAD', 'AGENCY_HEAD',
                                                 'CONTROL_OFFICER', 'VIEWER')),
    primary key (user_id, role)
);
