-- An organisation as applicant (issue #13): besides its name (applicant_org), its tax code or establishment decision
-- and its legal representative.
alter table dossier add column applicant_org_tax_code varchar(20);
alter table dossier add column applicant_org_decision varchar(200);
alter table dossier add column applicant_org_representative varchar(200);
