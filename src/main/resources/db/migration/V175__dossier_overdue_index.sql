-- Inbox "overdue" and its counter over a million dossiers (issue #15, wave 4): the open dossiers of an agency by
-- legal deadline, so "deadline before the start of today" is one index range that a capped count stops reading
-- after 2,001 entries (DossierQueries.inboxCounts), instead of a pass over every open dossier of the agency.
create index dossier_agency_open_due_idx on dossier (agency_id, legal_due_at) where closed_at is null;
