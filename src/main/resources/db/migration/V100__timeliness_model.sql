-- The one timeliness model (vn.motcua.dossier.TimelinessModel), stored so that reports over millions of dossiers
-- read columns instead of replaying histories. Per step: the deadlines in force after it (for "pending at the end
-- of a period"); per dossier: the same for its last step plus the end that counts and the verdicts.
-- Rows with timeliness_model null (dossiers stored before this migration) are rebuilt from their history at start.
alter table dossier_event
    add column override_reason  varchar(2000),
    add column legal_due_at     timestamptz,
    add column clock_stopped_at timestamptz,
    add column due_766_at       timestamptz,
    add column waiting_since_at timestamptz,
    add column violation        boolean not null default false;

alter table dossier
    add column legal_due_at     timestamptz,
    add column clock_stopped_at timestamptz,
    add column due_766_at       timestamptz,
    add column waiting_since_at timestamptz,
    add column violation        boolean not null default false,
    add column counted_end_at   timestamptz,
    add column end_766_at       timestamptz,
    add column verdict          varchar(10) check (verdict in ('EARLY', 'ON_TIME', 'LATE')),
    add column on_time_766      boolean,
    add column timeliness_model integer;

create index dossier_timeliness_stale_idx on dossier (id) where timeliness_model is null;
