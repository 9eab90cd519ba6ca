package com.hpgdesk.patient;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.SystemActor;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The registry search, through the service and the database, with names written in many scripts. */
@DeskSpringTest
class PatientSearchTest {

    @Autowired
    PatientService patients;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    private Patient register(String given, String family) {
        long clinician = SystemActor.call(() -> accounts.listActiveClinicians().getFirst().getId());
        return SystemActor.call(() -> patients.register(new PatientDetails(
                "S-" + UUID.randomUUID().toString().substring(0, 8), given, family, LocalDate.of(1979, 2, 3), null,
                null, null, clinician, null, null, null)));
    }

    private List<Long> search(String text) {
        return SystemActor.call(() -> patients.search(new PatientQuery(text, null, null), PageRequest.of(0, 500)))
                .stream().map(Patient::id).toList();
    }

    @Test
    void aPlainLatinSearchFindsEachNameOfTheCorpus() {
        Map<String, Long> registered = new HashMap<>();
        NameFoldingTest.namesAndTheirPlainLatinSearches().forEach(arguments -> {
            Object[] row = arguments.get();
            String given = (String) row[1];
            String family = (String) row[2];
            long id = registered.computeIfAbsent(given + "|" + family, key -> register(given, family).id());
            String query = (String) row[3];
            assertThat(search(query)).as("%s: \"%s\" finds %s %s", row[0], query, given, family).contains(id);
            assertThat(SystemActor.call(() -> patients.count(new PatientQuery(query, null, null))))
                    .as("the count agrees with the page for \"%s\"", query).isPositive();
        });
    }

    @Test
    void aSearchMatchesNamesAndNotEverything() {
        var pawel = register("Paweł", "Wiśniewski");
        var soren = register("Søren", "Bjørnstad");
        assertThat(search("pawel wisniewski")).contains(pawel.id()).doesNotContain(soren.id());
        assertThat(search("soren bjornstad")).contains(soren.id()).doesNotContain(pawel.id());
        assertThat(search("zzqx nobody")).isEmpty();
    }

    @Test
    void theStartUpMigrationRefoldsNamesStoredWithTheOldFoldingAndCanRunAgain() throws Exception {
        var patient = register("Łukasz", "Wiśniewski-Ødegård");
        // What the accent-stripping folding before V10 stored: ł and ø survived it.
        jdbc.update("update patient set search_name = ? where id = ?", "łukasz wiśniewski-ødegård", patient.id());
        assertThat(search("lukasz wisniewski")).doesNotContain(patient.id());

        var migration = new V10_1__Refold_patient_search_names();
        try (Connection connection = dataSource.getConnection()) {
            Context context = new Context() {
                @Override
                public Configuration getConfiguration() {
                    throw new UnsupportedOperationException("the migration needs only the connection");
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            };
            migration.migrate(context);
            String once = jdbc.queryForObject("select search_name from patient where id = ?", String.class, patient.id());
            migration.migrate(context);
            String twice = jdbc.queryForObject("select search_name from patient where id = ?", String.class, patient.id());
            assertThat(once).isEqualTo("lukasz wisniewskiodegard").isEqualTo(twice);
        }
        assertThat(search("lukasz wisniewski")).contains(patient.id());
        // Flyway ran it at start-up and recorded it (H2 keeps Flyway's lower-case table name only when quoted).
        assertThat(jdbc.queryForObject("select count(*) from \"flyway_schema_history\" where \"version\" = '10.1' "
                + "and \"success\"", Integer.class)).isEqualTo(1);
    }
}
