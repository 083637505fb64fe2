-- Staff lists and inboxes over a million dossiers: newest first within an agency, open ones separately,
-- and the code searched by any part.
create index dossier_agency_list_idx on dossier (agency_id, received_at desc nulls first, code desc);
create index dossier_agency_open_list_idx on dossier (agency_id, received_at desc nulls first, code desc)
    where closed_at is null;
create index dossier_code_trgm_idx on dossier using gin (code gin_trgm_ops);
create index dossier_agency_status_list_idx on dossier (agency_id, status, received_at desc nulls first, code desc);
