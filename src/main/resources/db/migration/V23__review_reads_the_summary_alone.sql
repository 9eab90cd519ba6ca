-- The practice review reads the summary alone. The patient's fields it filters and sorts by are kept with his
-- summary (refreshed with it after every audited change of his record), so that a page of the review is one
-- indexed read of one table: joined to the patient table, H2 walked every patient for each first page and each
-- count (1.8 s and 2.4 s at 100,000 patients).
alter table assessment_summary add column patient_active boolean default true not null;
alter table assessment_summary add column responsible_clinician_id bigint;
alter table assessment_summary add column family_name varchar(100);
alter table assessment_summary add column given_name varchar(100);
alter table assessment_summary add column record_number varchar(40);
-- The status as the review orders it: most in need of the clinic first (RecoveryStatus.urgency()).
alter table assessment_summary add column status_order integer default 2 not null;
update assessment_summary set status_order = case status when 'BEHIND_THE_CURVE' then 0 when 'DELAYED' then 1
    when 'NOT_ENOUGH_DATA' then 2 when 'ON_TREATMENT' then 3 when 'ON_TRACK' then 4 else 5 end;

update assessment_summary set patient_active = coalesce((select p.status = 'ACTIVE' from patient p
    where p.id = assessment_summary.patient_id), false);
update assessment_summary set responsible_clinician_id = (select p.responsible_clinician_id from patient p
    where p.id = assessment_summary.patient_id);
update assessment_summary set family_name = (select p.family_name from patient p
    where p.id = assessment_summary.patient_id);
update assessment_summary set given_name = (select p.given_name from patient p
    where p.id = assessment_summary.patient_id);
update assessment_summary set record_number = (select p.record_number from patient p
    where p.id = assessment_summary.patient_id);

-- Every sortable column has an index in each direction with empty values last, the order the review shows, and
-- the patient id as the final tie-break: a first page then reads fifty index entries instead of sorting the
-- practice. (An index in one direction serves the other only with empty values first.)
drop index ix_summary_next_labs;
drop index ix_summary_end_of_treatment;
drop index ix_summary_protocol;
drop index ix_summary_tt;
drop index ix_summary_lh;
drop index ix_summary_fsh;
drop index ix_summary_clinician;
create index ix_review_due_up on assessment_summary (next_labs_due asc nulls last, patient_id);
create index ix_review_due_down on assessment_summary (next_labs_due desc nulls last, patient_id);
create index ix_review_end_up on assessment_summary (end_of_treatment asc nulls last, patient_id);
create index ix_review_end_down on assessment_summary (end_of_treatment desc nulls last, patient_id);
create index ix_review_protocol_up on assessment_summary (protocol_name asc nulls last, patient_id);
create index ix_review_protocol_down on assessment_summary (protocol_name desc nulls last, patient_id);
create index ix_review_tt_up on assessment_summary (tt_value asc nulls last, patient_id);
create index ix_review_tt_down on assessment_summary (tt_value desc nulls last, patient_id);
create index ix_review_lh_up on assessment_summary (lh_value asc nulls last, patient_id);
create index ix_review_lh_down on assessment_summary (lh_value desc nulls last, patient_id);
create index ix_review_fsh_up on assessment_summary (fsh_value asc nulls last, patient_id);
create index ix_review_fsh_down on assessment_summary (fsh_value desc nulls last, patient_id);
create index ix_review_clinician_up on assessment_summary (clinician_name asc nulls last, family_name, given_name,
    patient_id);
create index ix_review_clinician_down on assessment_summary (clinician_name desc nulls last, family_name,
    given_name, patient_id);
create index ix_review_name_up on assessment_summary (family_name, given_name, patient_id);
create index ix_review_name_down on assessment_summary (family_name desc, given_name desc, patient_id);
create index ix_review_record_up on assessment_summary (record_number, patient_id);
create index ix_review_record_down on assessment_summary (record_number desc, patient_id);
create index ix_review_status_up on assessment_summary (status_order, patient_id);
create index ix_review_status_down on assessment_summary (status_order desc, patient_id);
-- No index leads with the status itself: H2 keeps to the index a filter can use and then sorts every match
-- (463 ms for the 53,000 recovered patients in the default order), where walking the order's index and skipping
-- other statuses finds a page at once.
drop index assessment_summary_by_status;
-- Nor does any lead with the clinician: "my patients" is half a practice of two, found fastest by walking the
-- order's index (an index on the clinician made H2 sort all 50,000 of them, 257 ms).
-- The newest refresh, which tells the review whether counts it made are still true.
create index ix_review_assessed_at on assessment_summary (assessed_at);
