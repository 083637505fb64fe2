-- The papers an applicant may reuse are looked up in their latest dossiers (Dossiers.digitisedPapers): by ID number,
-- newest first, so the index keeps both and the lookup stops after the latest few instead of sorting every dossier
-- of an applicant who has thousands (an organisation's representative). It also serves the equality lookups of the
-- list search, so it replaces the index on the ID number alone.
create index dossier_applicant_submitted_idx on dossier (applicant_id_number, submitted_at desc);
drop index dossier_id_number_idx;
