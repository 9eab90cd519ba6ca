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
            var statement = connection.prepareStatement("insert into patient (record_number, given_name, family_name, "
                    + "search_name, date_of_birth, responsible_clinician_id, status, created_at, updated_at) "
                    + "values (?, 'Sam', 'Test', 'sam test', ?, ?, 'ACTIVE', ?, ?)", new String[] {"id"});
            statement.setString(1, "T-" + UUID.randomUUID().toString().substring(0, 12));
            statement.setObject(2, LocalDate.of(1985, 4, 2));
            statement.setLong(3, clinician);
            statement.setTimestamp(4, now);
            statement.setTimestamp(5, now);
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }
}
