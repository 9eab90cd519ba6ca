-- A result beyond the assay's limits ("< 0.2", "> 1500") keeps its comparator next to the limit, which is
-- stored in reported_value. Every result stored before this was an exact number.
alter table lab_result add column reported_censoring varchar(12) default 'EXACT' not null;
alter table lab_result add constraint ck_lab_result_censoring
    check (reported_censoring in ('EXACT', 'LESS_THAN', 'AT_MOST', 'GREATER_THAN', 'AT_LEAST'));

-- A censored value that straddles a range limit ("< 5" against a lower limit of 3) is neither in nor out of range.
alter table lab_result drop constraint ck_lab_result_flag;
alter table lab_result add constraint ck_lab_result_flag
    check (flag in ('BELOW_RANGE', 'IN_RANGE', 'ABOVE_RANGE', 'INDETERMINATE', 'NO_RANGE'));

-- A correction keeps the comparator of the value it replaced.
alter table lab_result_change add column previous_censoring varchar(12) default 'EXACT' not null;
alter table lab_result_change add constraint ck_lab_change_censoring
    check (previous_censoring in ('EXACT', 'LESS_THAN', 'AT_MOST', 'GREATER_THAN', 'AT_LEAST'));
