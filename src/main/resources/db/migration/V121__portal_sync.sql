-- National portal (Cổng DVC quốc gia) sync: the last national status code enqueued per dossier, so a change inside
-- one code (for instance assigned -> awaiting approval, both 4) sends nothing.
create table portal_dossier (
    dossier_code     varchar(60) primary key,
    agency_id        uuid        not null,
    last_status_code int         not null,
    pushes           int         not null,
    last_enqueued_at timestamptz not null
);

-- The in-process fake portal (motcua.portal.mode=fake): what it received, once per message id.
create table portal_fake_receipt (
    message_id   uuid        primary key,
    dossier_code varchar(60) not null,
    status_code  int         not null,
    changed_at   timestamptz not null,
    received_at  timestamptz not null,
    body         text        not null
);
create index portal_fake_receipt_dossier on portal_fake_receipt (dossier_code, received_at);
