-- Procedure control (kiểm soát TTHC): impact assessments, reviews and simplification, the annual control plan,
-- and the one-stop desk queue whose waiting time is one of the plan's targets.

create table impact_assessment (
    id             uuid primary key,
    agency_id      uuid         not null references agency (id),
    draft_title    varchar(500) not null,
    issuer         varchar(30)  not null check (issuer in ('PROVINCIAL_COMMITTEE', 'PROVINCIAL_COUNCIL')),
    assessed_on    date         not null,
    new_count      integer      not null check (new_count >= 0),
    amended_count  integer      not null check (amended_count >= 0),
    repealed_count integer      not null check (repealed_count >= 0),
    kept_count     integer      not null check (kept_count >= 0),
    total_after    integer      not null check (total_after >= 0),
    issued_as      varchar(300),
    created_by     varchar(100) not null,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now()
);
create index impact_assessment_agency_idx on impact_assessment (agency_id, assessed_on);

create table review_plan (
    id         uuid primary key,
    agency_id  uuid         not null references agency (id),
    year       integer      not null check (year between 2000 and 2100),
    plan_name  varchar(500) not null,
    created_by varchar(100) not null,
    created_at timestamptz  not null default now()
);
create index review_plan_agency_idx on review_plan (agency_id, year);

create table review_item (
    review_id       uuid         not null references review_plan (id) on delete cascade,
    position        integer      not null,
    procedure_code  varchar(40)  not null,
    procedure_name  varchar(500) not null,
    outcomes        varchar(20)[] not null default '{}',
    cost_before_vnd bigint check (cost_before_vnd >= 0),
    cost_after_vnd  bigint check (cost_after_vnd >= 0),
    reviewed_on     date,
    primary key (review_id, position)
);

create table control_plan (
    id         uuid primary key,
    agency_id  uuid         not null references agency (id),
    year       integer      not null check (year between 2000 and 2100),
    title      varchar(500) not null,
    created_by varchar(100) not null,
    created_at timestamptz  not null default now()
);
create index control_plan_agency_idx on control_plan (agency_id, year);

create table control_task (
    id               uuid primary key,
    plan_id          uuid          not null references control_plan (id) on delete cascade,
    position         integer       not null,
    section          varchar(300),
    name             varchar(1000) not null,
    owner            varchar(300)  not null,
    deadline         date,
    deadline_note    varchar(200),
    output           varchar(2000),
    status           varchar(10)   not null check (status in ('TODO', 'DOING', 'DONE')),
    done_on          date,
    evidence_file_id uuid,
    evidence_link    varchar(1000),
    evidence_note    varchar(1000),
    updated_by       varchar(100),
    updated_at       timestamptz   not null default now()
);
create index control_task_plan_idx on control_task (plan_id, position);

create table control_target (
    plan_id   uuid          not null references control_plan (id) on delete cascade,
    position  integer       not null,
    indicator varchar(40)   not null,
    target    numeric(10, 2) not null check (target >= 0),
    primary key (plan_id, position),
    constraint control_target_uk unique (plan_id, indicator)
);

-- A due-soon reminder recorded by the daily job, once per task and deadline.
create table control_reminder (
    id         uuid primary key,
    task_id    uuid        not null references control_task (id) on delete cascade,
    deadline   date        not null,
    created_at timestamptz not null default now(),
    constraint control_reminder_uk unique (task_id, deadline)
);

-- A visitor at the one-stop desk: number taken, called, served (the waiting time is called − taken).
create table desk_visit (
    id            uuid primary key,
    agency_id     uuid         not null references agency (id),
    day           date         not null,
    ticket_number integer      not null,
    purpose       varchar(300),
    taken_at      timestamptz  not null,
    called_at     timestamptz,
    served_at     timestamptz,
    called_by     varchar(100),
    served_by     varchar(100),
    constraint desk_visit_ticket_uk unique (agency_id, day, ticket_number)
);
create index desk_visit_agency_taken_idx on desk_visit (agency_id, taken_at);
