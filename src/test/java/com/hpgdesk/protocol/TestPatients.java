package com.hpgdesk.protocol;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Patient rows for protocol tests; the patient feature is not ours, so its table is written directly. */
public final class TestPatients {

    private TestPatients() {
    }

    public static long insert(JdbcTemplate jdbc) {
        long clinician = jdbc.queryForObject("select id from user_account where username = 'mhale'", Long.class);
        var keys = new GeneratedKeyHolder();
        var now = Timestamp.from(Instant.now());
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into patient (record_number, record_number_key, given_name, "
                    + "family_name, search_name, date_of_birth, responsible_clinician_id, status, created_at, updated_at) "
                    + "values (?, ?, 'Sam', 'Test', 'sam test', ?, ?, 'ACTIVE', ?, ?)", new String[] {"id"});
            String recordNumber = "T-" + UUID.randomUUID().toString().substring(0, 12);
            statement.setString(1, recordNumber);
            statement.setString(2, recordNumber.toUpperCase(java.util.Locale.ROOT));
            statement.setObject(3, LocalDate.of(1985, 4, 2));
            statement.setLong(4, clinician);
            statement.setTimestamp(5, now);
            statement.setTimestamp(6, now);
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }
}
