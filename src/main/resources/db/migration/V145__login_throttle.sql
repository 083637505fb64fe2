-- Sign-in throttling shared by every instance on this database (identity.LoginThrottle).
-- Failure counters per account+address and per address: unlogged (no WAL per failed sign-in); after a crash of the
-- database they start again at zero, as they did in memory after a restart.
create unlogged table login_failure (
    key      varchar(600) not null primary key,
    failures integer      not null,
    last_at  timestamptz  not null
);
create index login_failure_last_at on login_failure (last_at);

-- The addresses each account has signed in from successfully: a locked account still lets these in.
create table login_known_address (
    username varchar(100) not null,
    address  varchar(100) not null,
    since    timestamptz  not null,
    primary key (username, address)
);
