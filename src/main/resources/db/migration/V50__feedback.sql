-- Citizen feedback (phản ánh, kiến nghị, Decree 20/2008/NĐ-CP) and its history. One row per item; every
-- transition is an event row with the deadline in force after it.
create table feedback (
    id               uuid primary key,
    number           varchar(30)   not null,
    lookup_key       varchar(20)   not null,
    agency_id        uuid          not null references agency (id),
    channel          varchar(10)   not null check (channel in ('PORTAL', 'EMAIL', 'PHONE', 'LETTER', 'DIRECT')),
    sender_name      varchar(200)  not null,
    sender_phone     varchar(30),
    sender_email     varchar(200),
    sender_address   varchar(300),
    sender_org       varchar(300),
    content          varchar(10000) not null,
    field_id         uuid references field (id),
    kind             varchar(12)   not null check (kind in ('BEHAVIOUR', 'REGULATION')),
    in_scope         boolean,
    status           varchar(20)   not null,
    received_at      timestamptz   not null,
    due_at           timestamptz,
    resolve_due_at   timestamptz   not null,
    classified_at    timestamptz,
    forwarded_at     timestamptz,
    forwarded_to     varchar(300),
    info_requested_at timestamptz,
    resolved_at      timestamptz,
    answer           varchar(10000),
    refused_at       timestamptz,
    refusal_reason   varchar(2000),
    published_at     timestamptz,
    closed_at        timestamptz,
    satisfaction     varchar(15) check (satisfaction in ('SATISFIED', 'NEUTRAL', 'DISSATISFIED')),
    rated_at         timestamptz,
    external_id      varchar(100),
    version          integer       not null default 0,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    constraint feedback_number_uk unique (number),
    constraint feedback_external_uk unique (agency_id, external_id)
);
create index feedback_agency_received_idx on feedback (agency_id, received_at);
create index feedback_agency_closed_idx on feedback (agency_id, closed_at);
create index feedback_agency_due_idx on feedback (agency_id, due_at) where due_at is not null;
create index feedback_published_idx on feedback (published_at) where published_at is not null;
create index feedback_sender_trgm_idx on feedback using gin (f_unaccent(lower(sender_name)) gin_trgm_ops);

create table feedback_event (
    feedback_id uuid         not null references feedback (id),
    seq         integer      not null,
    action      varchar(20)  not null,
    at          timestamptz  not null,
    by_user     varchar(100) not null,
    note        varchar(10000),
    from_status varchar(20)  not null,
    to_status   varchar(20)  not null,
    due_at      timestamptz,
    primary key (feedback_id, seq)
);

-- Reference numbers PA-YYMMDD-NNNN: one sequence per receipt day.
create table feedback_number (
    day  date    primary key,
    last integer not null
);
