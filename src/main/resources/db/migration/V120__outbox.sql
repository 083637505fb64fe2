-- Outbox (hàng đợi gửi đi): messages to other systems, written in the transaction of the change they report and
-- delivered by a sender that claims them with FOR UPDATE SKIP LOCKED, in order per (destination, ordering key).
create table outbox_message (
    id              uuid         primary key,
    destination     varchar(120) not null,
    kind            varchar(40)  not null,
    ordering_key    varchar(200) not null,
    seq             bigint       not null,
    agency_id       uuid,
    label           varchar(300),
    content_type    varchar(100) not null,
    payload         bytea        not null,
    state           varchar(16)  not null,
    attempts        int          not null default 0,
    last_error      varchar(2000),
    next_attempt_at timestamptz  not null,
    claim_token     uuid,
    claimed_by      varchar(120),
    lease_until     timestamptz,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    delivered_at    timestamptz,
    constraint outbox_message_state_check
        check (state in ('WAITING', 'IN_FLIGHT', 'DELIVERED', 'FAILED', 'DEAD', 'CANCELLED')),
    constraint outbox_message_order unique (destination, ordering_key, seq)
);
-- the sender's scan: only messages still to be sent
create index outbox_message_due on outbox_message (next_attempt_at) where state in ('WAITING', 'FAILED', 'IN_FLIGHT');
create index outbox_message_state on outbox_message (state, created_at desc);
create index outbox_message_key on outbox_message (kind, ordering_key, seq);

-- The last sequence number per (destination, ordering key): the row lock of the upsert orders concurrent writers.
create table outbox_key (
    destination  varchar(120) not null,
    ordering_key varchar(200) not null,
    last_seq     bigint       not null,
    primary key (destination, ordering_key)
);
