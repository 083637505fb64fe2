-- Decision 766 indicators from the catalogue and the dossiers (issue #14, wave 3).
-- 1.2: the day each announced procedure was made public on the national TTHC database (công khai trên CSDL quốc gia),
-- recorded with the publication decision.
alter table publication_decision_item add column disclosed_on date;

-- Electronic results vs scanned paper results (Decree 107/2021; seed 003 "kết quả điện tử" vs "kết quả số hóa"):
-- a result issued electronically (an e-signed file) or a paper result scanned. Result files stored before were
-- attached as the digitised result, i.e. scans.
alter table dossier add column result_form varchar(10) check (result_form in ('ELECTRONIC', 'SCANNED'));
update dossier set result_form = 'SCANNED' where result_file_id is not null;
