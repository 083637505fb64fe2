-- Postal legs of a liên thông (issue #17 item 3): the paper hand-off by post a step records (the origin's FORWARD,
-- the linked dossier's RECEIVE and POSTAL_RECEIVED), and the working days of a linked dossier's leg, kept so that a
-- leg waiting for its papers gets its appointment when they arrive.
alter table dossier_event
    add column postal_tracking    varchar(50),
    add column postal_sent_on     date,
    add column postal_received_on date;

alter table dossier
    add column leg_working_days integer check (leg_working_days between 1 and 365);
