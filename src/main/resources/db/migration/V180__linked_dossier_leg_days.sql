-- A linked dossier (made from another agency's forward, exchange_link role LINKED) is known by its leg's working days
-- (issue #15, wave 6): its transitions carry "linked", and only those make the exchange read the link and report the
-- step back, instead of a select on exchange_link for every transition of every dossier. V160 stores the leg's days
-- for dossiers received since; the ones received before it get them from their link (the message always carried
-- them; a link without them falls back to the procedure's processing time in days, kept within the column's range).
update dossier d
set leg_working_days = least(365, greatest(1, coalesce(l.leg_days,
        case when d.processing_unit = 'WORKING_DAY' then d.processing_amount end, 1)))
from exchange_link l
where l.role = 'LINKED' and l.dossier_code = d.code and d.leg_working_days is null;
