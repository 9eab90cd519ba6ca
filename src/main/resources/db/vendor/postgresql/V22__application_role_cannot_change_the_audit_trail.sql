-- Issue 11: on PostgreSQL the application runs as the role hpgdesk_app, which may read and add audit records but
-- never UPDATE, DELETE or TRUNCATE them. Migrations keep running as the owning account (spring.flyway.user); the
-- application's connections switch to this role as they open (spring.datasource.hikari.connection-init-sql in
-- application-postgres.properties), or log in as an account that is a member of it (see README, PostgreSQL).
--
-- This script lives in db/vendor/postgresql, a location Spring Boot reads only on PostgreSQL
-- (spring.flyway.locations=...,classpath:db/vendor/{vendor}): H2 has no such roles, and its single embedded
-- user owns everything, so on H2 there is no V22 at all rather than a version that pretends.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'hpgdesk_app') then
        create role hpgdesk_app nologin;
    end if;
end
$$;

grant usage on schema ${flyway:defaultSchema} to hpgdesk_app;
-- Every table as the application needs it, today's and those later migrations create (the same owner runs them).
grant select, insert, update, delete on all tables in schema ${flyway:defaultSchema} to hpgdesk_app;
grant usage, select on all sequences in schema ${flyway:defaultSchema} to hpgdesk_app;
alter default privileges in schema ${flyway:defaultSchema}
    grant select, insert, update, delete on tables to hpgdesk_app;
alter default privileges in schema ${flyway:defaultSchema}
    grant usage, select on sequences to hpgdesk_app;

-- The audit records: read and appended, never changed or removed. TRUNCATE was never granted above.
revoke update, delete, truncate on audit_record from hpgdesk_app;
-- The schema history stays readable (health checks, support), never writable.
revoke insert, update, delete, truncate on ${flyway:table} from hpgdesk_app;
-- The chain head must advance with every record (UPDATE), but is never deleted.
revoke delete, truncate on audit_chain_head from hpgdesk_app;
