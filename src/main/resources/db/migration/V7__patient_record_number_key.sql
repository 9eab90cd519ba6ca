-- Record numbers are unique whatever their case. Comparing upper(record_number) could not use an index, so
-- every registration scanned the whole registry (seen in the registry benchmark); the key column can.
alter table patient add column record_number_key varchar(40);
update patient set record_number_key = upper(record_number);
alter table patient alter column record_number_key set not null;
create unique index uk_patient_record_number_key on patient (record_number_key);
