-- The reports count the dossiers "in the period's work": received before its end and not closed before its start.
-- Open dossiers have no closing time, so the index keeps them at infinity and one range scan per agency finds both.
create index dossier_agency_open_until_idx on dossier (agency_id, (coalesce(closed_at, 'infinity'::timestamptz)));
