-- Request counters of the public endpoints' rate limits, shared by every instance on this database.
-- Unlogged: no WAL and no fsync per counted request; after a crash the counters start again at zero.
create unlogged table rate_limit (
    key          varchar(300) not null,
    window_start timestamptz  not null,
    expires_at   timestamptz  not null,
    hits         integer      not null,
    primary key (key, window_start)
);
create index rate_limit_expires on rate_limit (expires_at);
