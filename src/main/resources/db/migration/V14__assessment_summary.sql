-- One row per patient: the latest assessment of the marker tables in brief, for practice-wide lists.
-- Refreshed after every committed change of the patient's data; never edited by hand.
create table assessment_summary (
    patient_id          bigint       not null primary key,
    status              varchar(30)  not null,
    supports_count      integer      not null,
    hinders_count       integer      not null,
    mixed_count         integer      not null,
    not_enough_count    integer      not null,
    on_treatment_count  integer      not null,
    rules_version       varchar(40)  not null,
    assessed_on         date         not null,
    assessed_at         timestamp with time zone not null,
    latest_data_on      date,
    constraint assessment_summary_status check (status in
        ('ON_TREATMENT', 'ON_TRACK', 'DELAYED', 'BEHIND_THE_CURVE', 'RECOVERED', 'NOT_ENOUGH_DATA'))
);

create index assessment_summary_by_status on assessment_summary (status);
