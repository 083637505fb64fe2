-- Liên thông between deployments (module exchange): trusted peers and their keys, the chained message log, the
-- messages received (for dropping duplicates by message id), the links between a dossier and its other leg, and the
-- other leg's events.

create table exchange_peer (
    code        varchar(40)  primary key,
    name        varchar(200) not null,
    base_url    varchar(500) not null,
    agencies    text[]       not null default '{}',
    active      boolean      not null default true,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);

create table exchange_peer_key (
    id           uuid         primary key,
    peer_code    varchar(40)  not null references exchange_peer (code) on delete cascade,
    public_key   text         not null,
    fingerprint  char(64)     not null,
    valid_from   timestamptz  not null,
    valid_until  timestamptz,
    unique (peer_code, fingerprint)
);

-- Every message sent, received or refused, chained by SHA-256 (like audit_entry): hash = SHA-256 over the previous
-- hash and the row's fields.
create table exchange_message_log (
    chain_no      bigint       primary key,
    message_id    uuid,
    direction     varchar(10)  not null,
    peer_code     varchar(40),
    kind          varchar(20),
    dossier_code  varchar(60),
    body_sha256   char(64)     not null,
    signature     text,
    outcome       varchar(20)  not null,
    detail        text,
    at            timestamptz  not null,
    prev_hash     char(64)     not null,
    hash          char(64)     not null
);
create index exchange_message_log_message on exchange_message_log (message_id);
create index exchange_message_log_dossier on exchange_message_log (dossier_code);

create table exchange_received (
    message_id   uuid         primary key,
    peer_code    varchar(40)  not null,
    body_sha256  char(64)     not null,
    ack          text         not null,
    received_at  timestamptz  not null
);

-- ORIGIN: our dossier forwarded to a peer's agency; LINKED: our dossier created from a peer's forward.
create table exchange_link (
    id                  uuid         primary key,
    role                varchar(10)  not null,
    dossier_code        varchar(60)  not null,
    peer_code           varchar(40)  not null,
    other_agency        varchar(50)  not null,
    other_code          varchar(60),
    leg_days            int,
    postal_tracking     varchar(50),
    postal_sent_on      date,
    postal_received_on  date,
    steps_sent          int          not null default 0,
    created_at          timestamptz  not null,
    unique (role, dossier_code)
);

create table exchange_leg_event (
    id           uuid         primary key,
    link_id      uuid         not null references exchange_link (id),
    message_id   uuid         not null unique,
    seq          int          not null,
    action       varchar(30)  not null,
    status       varchar(30),
    at           timestamptz  not null,
    by_name      varchar(200),
    note         text
);
create index exchange_leg_event_link on exchange_leg_event (link_id, seq);
