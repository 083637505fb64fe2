-- The periodic satisfaction survey staff record ("lấy ý kiến 10 khách hàng", seed 000): who, when, a score per
-- question (1 = rất không hài lòng … 5 = rất hài lòng). The questions are in vn.motcua.survey.SurveyQuestions.
create table satisfaction_survey (
    id          uuid primary key,
    agency_id   uuid         not null references agency (id),
    respondent  varchar(200) not null,
    contact     varchar(200),
    dossier_code varchar(40),
    surveyed_at timestamptz  not null,
    recorded_by varchar(100) not null,
    recorded_at timestamptz  not null default now()
);
create index satisfaction_survey_agency_idx on satisfaction_survey (agency_id, surveyed_at);

create table satisfaction_survey_answer (
    survey_id uuid        not null references satisfaction_survey (id),
    question  varchar(10) not null,
    score     integer     not null check (score between 1 and 5),
    primary key (survey_id, question)
);
