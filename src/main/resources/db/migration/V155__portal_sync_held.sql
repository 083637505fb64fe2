-- Decision 766 indicator 1.4 (hồ sơ đồng bộ lên Cổng DVCQG): when a dossier was received and when the portal first
-- acknowledged one of its messages, so the portal module can say how many dossiers received in a period it holds.
alter table portal_dossier add column received_at timestamptz;
alter table portal_dossier add column first_delivered_at timestamptz;

update portal_dossier p set received_at = d.received_at from dossier d where d.code = p.dossier_code;
update portal_dossier p set first_delivered_at = m.first_at
from (select ordering_key, min(delivered_at) as first_at from outbox_message
      where kind = 'PORTAL' and state = 'DELIVERED' group by ordering_key) m
where m.ordering_key = p.dossier_code;

create index portal_dossier_held on portal_dossier (agency_id, received_at) where first_delivered_at is not null;
