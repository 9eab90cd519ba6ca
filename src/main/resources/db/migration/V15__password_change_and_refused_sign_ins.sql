-- Issue 11. A password a practice lead set (new account, reset) must be replaced by its owner at the next
-- sign-in, so that what an account does can be tied to the person who alone knows its password.
alter table user_account add column must_change_password boolean default false not null;

-- Refused sign-ins go to the audit trail too (recorded by the system actor, naming the attempted username).
alter table audit_record drop constraint ck_audit_record_action;
alter table audit_record add constraint ck_audit_record_action check (action in
    ('READ', 'EXPORT', 'PRINT', 'CREATE', 'UPDATE', 'DELETE', 'IMPORT', 'SIGN_IN', 'SIGN_OUT', 'SIGN_IN_REFUSED'));
