package com.hpgdesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A production start on the {@code postgres} profile against a real PostgreSQL server. */
@SpringBootTest(properties = {
        "hpg.initial-admin.password=tide-lamp-orbit-first-start",
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
}
