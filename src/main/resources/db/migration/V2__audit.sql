-- Append-only audit log, chained by SHA-256 (see vn.motcua.audit.AuditChain for the hash rule).
create sequence audit_entry_seq;

create table audit_entry (
    seq         bigint primary key,
    at          timestamptz  not null,
    actor       varchar(100) not null,
    agency_id   uuid,
    action      varchar(60)  not null,
    entity_type varchar(60)  not null,
    entity_key  varchar(300) not null,
    before_json text,
    after_json  text,
    prev_hash   char(64)     not null,
    hash        char(64)     not null
);
create index audit_entry_agency_idx on audit_entry (agency_id, seq desc);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_key);

create function audit_entry_append_only() returns trigger
    language plpgsql
as $$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op;
end
$$;

create trigger audit_entry_no_change
    before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
