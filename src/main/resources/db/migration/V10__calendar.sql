-- Working-day calendar: the years an administrator has edited from the official yearly notice.
-- Years not listed here are generated from the Labour Code rules by the application (vn.motcua.calendar).
create table calendar_year (
    year       integer primary key check (year between 1968 and 2100),
    source     varchar(10)  not null default 'EDITED' check (source in ('EDITED')),
    note       varchar(500),
    updated_at timestamptz  not null default now(),
    updated_by varchar(100) not null
);

create table calendar_day (
    day  date primary key,
    year integer     not null references calendar_year (year) on delete cascade,
    kind varchar(20) not null check (kind in ('HOLIDAY', 'WORKING_WEEKEND')),
    name varchar(200),
    check (extract(year from day) = year)
);
create index calendar_day_year_idx on calendar_day (year);
