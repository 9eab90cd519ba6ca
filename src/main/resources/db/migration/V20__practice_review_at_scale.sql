-- The practice review at 100,000 patients: the two columns it filtered and sorted by without an index.

-- The drugs of each patient's active protocol, a row each, kept with his summary: the drug filter walks the index
-- of one drug instead of matching a pattern against every summary's protocol_drugs (a full scan).
create table assessment_summary_drug (
    patient_id bigint      not null,
    drug       varchar(30) not null,
    constraint pk_assessment_summary_drug primary key (patient_id, drug),
    constraint fk_summary_drug_summary foreign key (patient_id) references assessment_summary (patient_id)
        on delete cascade
);
create index ix_summary_drug on assessment_summary_drug (drug, patient_id);

insert into assessment_summary_drug (patient_id, drug)
    select patient_id, 'HCG' from assessment_summary where protocol_drugs like '%,HCG,%';
insert into assessment_summary_drug (patient_id, drug)
    select patient_id, 'CLOMIPHENE' from assessment_summary where protocol_drugs like '%,CLOMIPHENE,%';
insert into assessment_summary_drug (patient_id, drug)
    select patient_id, 'ENCLOMIPHENE' from assessment_summary where protocol_drugs like '%,ENCLOMIPHENE,%';
insert into assessment_summary_drug (patient_id, drug)
    select patient_id, 'TAMOXIFEN' from assessment_summary where protocol_drugs like '%,TAMOXIFEN,%';
insert into assessment_summary_drug (patient_id, drug)
    select patient_id, 'GONADORELIN' from assessment_summary where protocol_drugs like '%,GONADORELIN,%';
insert into assessment_summary_drug (patient_id, drug)
    select patient_id, 'ANASTROZOLE' from assessment_summary where protocol_drugs like '%,ANASTROZOLE,%';
insert into assessment_summary_drug (patient_id, drug)
    select patient_id, 'FSH' from assessment_summary where protocol_drugs like '%,FSH,%';

-- The responsible clinician's name as the review sorts by it: sorting by a name looked up per patient sorted
-- every patient on each page view. Display names never change once an account exists; a patient's change of
-- clinician refreshes his summary like any change of his data.
alter table assessment_summary add column clinician_name varchar(120);
update assessment_summary set clinician_name = (select u.display_name from patient p
    join user_account u on u.id = p.responsible_clinician_id where p.id = assessment_summary.patient_id);
create index ix_summary_clinician on assessment_summary (clinician_name);
