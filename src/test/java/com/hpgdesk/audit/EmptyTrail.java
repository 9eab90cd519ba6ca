package com.hpgdesk.audit;

import java.io.IOException;
import java.nio.file.Files;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties the trail behind the application's back, as the tests of the trail need it: every record gone, the head
 * back at the start and sealed there with the desk's key, and the anchor file emptied, so that what the tests then
 * record is a whole, genuine trail.
 */
public final class EmptyTrail {

    private EmptyTrail() {
    }

    public static void startFrom(ApplicationContext context) {
        var jdbc = context.getBean(JdbcTemplate.class);
        var key = context.getBean(AuditKey.class);
        jdbc.update("delete from audit_record");
        jdbc.update("update audit_chain_head set last_sequence = 0, last_hash = ?, seal = ?", ChainHash.GENESIS,
                key.sealOfHead(0, ChainHash.GENESIS));
        try {
            Files.deleteIfExists(context.getBean(AuditAnchorFile.class).path());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
