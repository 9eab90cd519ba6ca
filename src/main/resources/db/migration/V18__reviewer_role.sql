-- A read-only reviewer: the role column's check widens to admit it.
alter table user_account drop constraint ck_user_account_role;
alter table user_account add constraint ck_user_account_role check (role in ('ADMIN', 'CLINICIAN', 'REVIEWER'));
