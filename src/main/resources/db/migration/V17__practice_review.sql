-- What the practice review lists and filters, kept in each patient's summary so one page of the review reads
-- the summary joined to the patient and nothing else. Flags that depend on today's date or on a practice
-- setting (labs overdue, hematocrit, T/E2, no lifestyle data) are worked out when the review is read, from the
-- stored values below; the rest is refreshed with the summary after every committed change.
alter table assessment_summary add column end_of_treatment date;
alter table assessment_summary add column on_treatment boolean default false not null;
alter table assessment_summary add column tt_value numeric(30, 10);
alter table assessment_summary add column tt_text varchar(40);
alter table assessment_summary add column tt_on date;
alter table assessment_summary add column tt_direction varchar(10);
alter table assessment_summary add column lh_value numeric(30, 10);
alter table assessment_summary add column lh_text varchar(40);
alter table assessment_summary add column lh_on date;
alter table assessment_summary add column lh_direction varchar(10);
alter table assessment_summary add column fsh_value numeric(30, 10);
alter table assessment_summary add column fsh_text varchar(40);
alter table assessment_summary add column fsh_on date;
alter table assessment_summary add column fsh_direction varchar(10);
alter table assessment_summary add column hematocrit_percent numeric(30, 10);
alter table assessment_summary add column estradiol_above_range boolean default false not null;
alter table assessment_summary add column te2_ratio numeric(30, 10);
alter table assessment_summary add column last_lab_on date;
alter table assessment_summary add column last_lifestyle_week date;
alter table assessment_summary add column protocol_active boolean default false not null;
alter table assessment_summary add column protocol_name varchar(120);
alter table assessment_summary add column protocol_phase varchar(200);
alter table assessment_summary add column protocol_started_on date;
-- Drugs of the active protocol as ",HCG,CLOMIPHENE," so one drug is found with like '%,HCG,%'.
alter table assessment_summary add column protocol_drugs varchar(400);
alter table assessment_summary add column next_labs_due date;

alter table assessment_summary add constraint ck_summary_directions check (
    (tt_direction is null or tt_direction in ('UP', 'DOWN', 'SAME'))
    and (lh_direction is null or lh_direction in ('UP', 'DOWN', 'SAME'))
    and (fsh_direction is null or fsh_direction in ('UP', 'DOWN', 'SAME')));

-- One index per sort and filter of the review: a first page sorted or filtered by any column walks an index
-- and stops after one page, instead of sorting every patient.
create index ix_summary_end_of_treatment on assessment_summary (end_of_treatment);
create index ix_summary_tt on assessment_summary (tt_value);
create index ix_summary_lh on assessment_summary (lh_value);
create index ix_summary_fsh on assessment_summary (fsh_value);
create index ix_summary_hematocrit on assessment_summary (hematocrit_percent);
create index ix_summary_te2 on assessment_summary (te2_ratio);
create index ix_summary_last_lab on assessment_summary (protocol_active, last_lab_on);
create index ix_summary_lifestyle on assessment_summary (last_lifestyle_week);
create index ix_summary_next_labs on assessment_summary (next_labs_due);
create index ix_summary_protocol on assessment_summary (protocol_name);
create index ix_summary_estradiol on assessment_summary (estradiol_above_range);
create index ix_patient_record_sort on patient (record_number);
