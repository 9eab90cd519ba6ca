package com.hpgdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A production start on the {@code postgres} profile against a real PostgreSQL server. */
@SpringBootTest(properties = {
        "hpg.initial-admin.password=tide-lamp-orbit-first-start",
        // Its own audit key and anchor file, as the throw-away database is new on every run.
        "hpg.data-dir=./target/test-data/${random.uuid}",
        "vaadin.devmode.devTools.enabled=false"
})
@ActiveProfiles("postgres")
class PostgresProfileIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        var server = TestPostgres.server();
        registry.add("spring.datasource.url", server::jdbcUrl);
        registry.add("spring.datasource.username", server::username);
        registry.add("spring.datasource.password", server::password);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    AuditTrail trail;

    @Test
    void runsOnPostgresqlWithTheSchemaFromTheMigrations() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success = false", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isPositive();
    }

    @Test
    void aFirstProductionStartCreatesOnlyThePracticeLeadWithTheConfiguredPassword() throws Exception {
        assertThat(jdbc.queryForList("select username from user_account", String.class)).containsExactly("admin");
        assertThat(jdbc.queryForObject("select role from user_account where username = 'admin'", String.class))
                .isEqualTo("ADMIN");
        var signedIn = authenticationConfiguration.getAuthenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("admin", "tide-lamp-orbit-first-start"));
        assertThat(signedIn.isAuthenticated()).isTrue();
    }

    @Test
    void theApplicationsRoleAppendsToTheAuditTrailButCannotChangeOrEmptyIt() {
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("hpgdesk_app");
        long before = records();
        SystemActor.run(() -> trail.record(AuditAction.READ, null, "audit trail", "probe of the role's rights"));
        assertThat(records()).isEqualTo(before + 1);

        for (String change : new String[] {"update audit_record set detail = 'nothing happened'",
                "delete from audit_record", "truncate audit_record"}) {
            assertThatThrownBy(() -> jdbc.execute(change)).as(change)
                    .isInstanceOf(DataAccessException.class).rootCause()
                    .hasMessageContaining("permission denied for table audit_record");
        }
        assertThat(records()).isEqualTo(before + 1);
        var verification = SystemActor.call(trail::verifyChain);
        assertThat(verification.isIntact()).as(verification.summary()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where script like '%V22__%'",
                Integer.class)).as("the PostgreSQL-only migration ran").isEqualTo(1);
    }

    private long records() {
        return java.util.Objects.requireNonNull(jdbc.queryForObject("select count(*) from audit_record", Long.class));
    }
}
