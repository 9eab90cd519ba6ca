package com.hpgdesk.patient;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Recomputes every stored search name with {@link NameFolding}, which SQL cannot do. Flyway runs it once,
 * after V10 widened the column, and records it like any migration; run again it writes the same values.
 * Spring Boot hands Flyway the JavaMigration beans, so this runs on H2 and PostgreSQL alike.
 */
@Component
class V10_1__Refold_patient_search_names extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<Long, String> folded = new LinkedHashMap<>();
        try (var select = connection.prepareStatement("select id, given_name, family_name from patient");
             var rows = select.executeQuery()) {
            while (rows.next()) {
                folded.put(rows.getLong(1), fitted(NameFolding.searchName(rows.getString(2), rows.getString(3))));
            }
        }
        try (var update = connection.prepareStatement("update patient set search_name = ? where id = ?")) {
            int pending = 0;
            for (var entry : folded.entrySet()) {
                update.setString(1, entry.getValue());
                update.setLong(2, entry.getKey());
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }

    /**
     * A name registered before the length check could fold to more than the column holds; the migration must
     * not fail on it, so the search name keeps its first whole words (the name itself is untouched).
     */
    static String fitted(String searchName) {
        if (searchName.length() <= NameFolding.MAX_LENGTH) {
            return searchName;
        }
        int cut = searchName.lastIndexOf(' ', NameFolding.MAX_LENGTH);
        return searchName.substring(0, cut > 0 ? cut : NameFolding.MAX_LENGTH);
    }
}
