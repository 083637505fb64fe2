-- One-stop dossiers (hồ sơ). Every big table carries agency_id (the natural distribution key).
create table dossier (
    id                   uuid primary key,
    code                 varchar(40)  not null,
    agency_id            uuid         not null references agency (id),
    procedure_version_id uuid         not null,
    procedure_code       varchar(40)  not null,
    procedure_version    integer      not null,
    procedure_name       varchar(500) not null,
    field_id             uuid references field (id),
    channel              varchar(10)  not null check (channel in ('DIRECT', 'ONLINE', 'POSTAL')),
    status               varchar(30)  not null,
    resume_status        varchar(30),
    applicant_name       varchar(200) not null,
    applicant_id_number  varchar(30),
    applicant_phone      varchar(30),
    applicant_email      varchar(200),
    applicant_address    varchar(300),
    applicant_org        varchar(300),
    submitted_at         timestamptz  not null,
    received_at          timestamptz,
    appointment_at       timestamptz,
    first_appointment_at timestamptz,
    completed_at         timestamptz,
    returned_at          timestamptz,
    finished_at          timestamptz,
    closed_at            timestamptz,
    assignee             varchar(60),
    forwarded_to         varchar(100),
    apologised           boolean      not null default false,
    supplement_requests  integer      not null default 0,
    processing_amount    integer      not null,
    processing_unit      varchar(20)  not null,
    fee_due_vnd          bigint       not null default 0,
    external_id          varchar(100),
    lookup_key           varchar(20)  not null,
    postal_tracking      varchar(50),
    return_method        varchar(20),
    returned_to          varchar(200),
    result_file_id       uuid,
    version              integer      not null default 0,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    constraint dossier_code_uk unique (code),
    constraint dossier_external_uk unique (agency_id, external_id)
);
create index dossier_agency_received_idx on dossier (agency_id, received_at);
create index dossier_agency_closed_idx on dossier (agency_id, closed_at);

create index dossier_agency_appointment_idx on dossier (agency_id, appointment_at) where closed_at is null;
create index dossier_applicant_trgm_idx on dossier using gin (f_unaccent(lower(applicant_name)) gin_trgm_ops);
create index dossier_id_number_idx on dossier (applicant_id_number);
create index dossier_assignee_idx on dossier (assignee) where closed_at is null;

create table dossier_event (
    dossier_id     uuid        not null references dossier (id),
    seq            integer     not null,
    action         varchar(30) not null,
    at             timestamptz not null,
    by_user        varchar(100) not null,
    reason         varchar(2000),
    note           varchar(2000),
    target         varchar(200),
    from_status    varchar(30) not null,
    to_status      varchar(30) not null,
    appointment_at timestamptz,
    primary key (dossier_id, seq)
);
create index dossier_event_at_idx on dossier_event (at);

create table dossier_component (
    dossier_id uuid         not null references dossier (id),
    position   integer      not null,
    code       varchar(40)  not null,
    name       varchar(500) not null,
    required   boolean      not null default true,
    original   boolean      not null default false,
    copies     integer      not null default 1 check (copies >= 0),
    file_ids   uuid[]       not null default '{}',
    digitised  boolean      not null default false,
    reused     boolean      not null default false,
    primary key (dossier_id, position)
);

-- XXXX of the dossier code: a counter per agency and receipt day, taken in the intake transaction (no gaps).
create table dossier_sequence (
    agency_id uuid    not null,
    day       date    not null,
    last      integer not null,
    primary key (agency_id, day)
);

create table dossier_payment (
    id             uuid primary key,
    dossier_id     uuid         not null references dossier (id),
    amount_vnd     bigint       not null check (amount_vnd > 0),
    method         varchar(10)  not null check (method in ('CASH', 'BANK', 'ONLINE')),
    reference      varchar(100),
    receipt_number varchar(50),
    paid_at        timestamptz  not null,
    recorded_by    varchar(100) not null
);
create index dossier_payment_dossier_idx on dossier_payment (dossier_id);

create table dossier_rating (
    dossier_id uuid primary key references dossier (id),
    score      integer     not null check (score between 1 and 5),
    comment    varchar(2000),
    rated_at   timestamptz not null
);

create table notification_outbox (
    id         uuid primary key,
    agency_id  uuid         not null,
    dossier_id uuid,
    recipient  varchar(200) not null,
    subject    varchar(300) not null,
    body       text         not null,
    created_at timestamptz  not null default now(),
    sent_at    timestamptz,
    error      varchar(500)
);
create index notification_outbox_pending_idx on notification_outbox (created_at) where sent_at is null;
