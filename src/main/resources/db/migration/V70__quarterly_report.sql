-- The quarterly narrative report (báo cáo định kỳ): free text per outline section, edited per agency and period;
-- submitting freezes a snapshot of every figure and table so later data changes do not alter what was sent.
create table quarterly_report (
    id           uuid primary key,
    agency_id    uuid         not null references agency (id),
    period_key   varchar(40)  not null,
    period_from  date         not null,
    period_to    date         not null,
    status       varchar(20)  not null check (status in ('DRAFT', 'SUBMITTED')),
    number       varchar(60),
    signer       varchar(200),
    texts        jsonb        not null default '{}'::jsonb,
    revision     integer      not null default 0,
    updated_at   timestamptz  not null,
    updated_by   varchar(100) not null,
    constraint quarterly_report_uk unique (agency_id, period_key)
);

-- Every submission is kept, so a report reopened and submitted again still shows what was sent the first time.
create table quarterly_report_submission (
    report_id    uuid         not null references quarterly_report (id),
    seq          integer      not null,
    submitted_at timestamptz  not null,
    submitted_by varchar(100) not null,
    snapshot     jsonb        not null,
    primary key (report_id, seq)
);
