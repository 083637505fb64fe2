-- Append-only audit log, chained by SHA-256 (see vn.motcua.audit.AuditChain for the hash rule).
-- A write inserts its row in its own transaction (who, when, what, before, after); a single chaining job then
-- gives committed rows their place in the chain (chain_no) and their hashes, so writes never wait on each other.
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
    chain_no    bigint unique,
    prev_hash   char(64),
    hash        char(64),
    check ((chain_no is null) = (hash is null) and (hash is null) = (prev_hash is null))
);
create index audit_entry_agency_idx on audit_entry (agency_id, seq desc);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_key);
create index audit_entry_unchained_idx on audit_entry (seq) where hash is null;

-- Rows never change, except that an unchained row receives its chain position and hashes once.
create function audit_entry_append_only() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'UPDATE' and old.hash is null and new.hash is not null
        and new.seq = old.seq and new.at = old.at and new.actor = old.actor
        and new.agency_id is not distinct from old.agency_id and new.action = old.action
        and new.entity_type = old.entity_type and new.entity_key = old.entity_key
        and new.before_json is not distinct from old.before_json
        and new.after_json is not distinct from old.after_json then
        return new;
    end if;
    raise exception 'audit_entry is append-only: % is not allowed', tg_op;
end
$$;

create trigger audit_entry_no_change
    before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
