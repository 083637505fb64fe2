-- Six migrations (V2, V20, V22, V30, V31, V60) were edited after their first commit. A database that applied an
-- earlier text gets its recorded checksum replaced by vn.motcua.system.EditedMigrations (only the listed old
-- checksums), and here what the current texts add. On a database that applied the current texts nothing changes.
-- See docs/adr/007-frozen-migrations.md.

-- V2 (before 2026-11-24): rows were hashed when written; now a chaining job gives each committed row its place.
do $$
begin
    if not exists (select 1 from information_schema.columns
                   where table_schema = current_schema() and table_name = 'audit_entry' and column_name = 'chain_no') then
        alter table audit_entry add column chain_no bigint unique;
        alter table audit_entry disable trigger audit_entry_no_change;
        update audit_entry e set chain_no = o.n
        from (select seq, row_number() over (order by seq) as n from audit_entry) o
        where o.seq = e.seq;
        alter table audit_entry enable trigger audit_entry_no_change;
        alter table audit_entry alter column prev_hash drop not null, alter column hash drop not null;
        alter table audit_entry add check ((chain_no is null) = (hash is null) and (hash is null) = (prev_hash is null));
        create index audit_entry_unchained_idx on audit_entry (seq) where hash is null;
        create or replace function audit_entry_append_only() returns trigger
            language plpgsql
        as $fn$
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
        $fn$;
    end if;
end
$$;

-- V20: the internal process steps of a procedure version
alter table procedure_version add column if not exists steps jsonb not null default '[]';

-- V22: the public flag of the latest published version
do $$
begin
    if not exists (select 1 from information_schema.columns
                   where table_schema = current_schema() and table_name = 'procedure_version'
                     and column_name = 'public_listed') then
        alter table procedure_version add column public_listed boolean not null default false;
        update procedure_version v set public_listed = v.latest and p.status = 'PUBLISHED'
        from procedure p
        where p.id = v.procedure_id;
    end if;
end
$$;
create index if not exists procedure_version_public_idx on procedure_version (procedure_id) where public_listed;

-- V30: when a dossier left the desk's open work (closed_at) and its digitised result
do $$
begin
    if not exists (select 1 from information_schema.columns
                   where table_schema = current_schema() and table_name = 'dossier' and column_name = 'closed_at') then
        alter table dossier add column closed_at timestamptz;
        update dossier set closed_at = finished_at where finished_at is not null;
    end if;
end
$$;
alter table dossier add column if not exists result_file_id uuid;
drop index if exists dossier_agency_status_idx;
create index if not exists dossier_agency_closed_idx on dossier (agency_id, closed_at);
do $$
begin
    if exists (select 1 from pg_indexes where indexname = 'dossier_agency_appointment_idx'
               and indexdef like '%finished_at IS NULL%') then
        drop index dossier_agency_appointment_idx;
    end if;
    if exists (select 1 from pg_indexes where indexname = 'dossier_assignee_idx'
               and indexdef like '%finished_at IS NULL%') then
        drop index dossier_assignee_idx;
    end if;
end
$$;
create index if not exists dossier_agency_appointment_idx on dossier (agency_id, appointment_at) where closed_at is null;
create index if not exists dossier_assignee_idx on dossier (assignee) where closed_at is null;

-- V31: the list index by status
create index if not exists dossier_agency_status_list_idx
    on dossier (agency_id, status, received_at desc nulls first, code desc);

-- V60: external ids of control records, unique per agency
alter table impact_assessment add column if not exists external_id varchar(100);
alter table review_plan add column if not exists external_id varchar(100);
alter table control_plan add column if not exists external_id varchar(100);
do $$
begin
    if not exists (select 1 from pg_constraint where conname = 'impact_assessment_external_uk') then
        alter table impact_assessment add constraint impact_assessment_external_uk unique (agency_id, external_id);
    end if;
    if not exists (select 1 from pg_constraint where conname = 'review_plan_external_uk') then
        alter table review_plan add constraint review_plan_external_uk unique (agency_id, external_id);
    end if;
    if not exists (select 1 from pg_constraint where conname = 'control_plan_external_uk') then
        alter table control_plan add constraint control_plan_external_uk unique (agency_id, external_id);
    end if;
end
$$;
