package com.hpgdesk.audit;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The audit key and the anchor file, both outside the database; scheduling for the periodic anchor. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditAnchorConfiguration {

    @Bean
    AuditKey auditKey(@Value("${hpg.audit.key:${HPG_AUDIT_KEY:}}") String secret,
                      @Value("${hpg.audit.key-file:${HPG_AUDIT_KEY_FILE:}}") String keyFile,
                      @Value("${hpg.data-dir}") String dataDir) {
        return AuditKey.load(secret, keyFile, Path.of(dataDir));
    }

    @Bean
    AuditAnchorFile auditAnchorFile(@Value("${hpg.audit.anchor-file:${HPG_AUDIT_ANCHOR_FILE:}}") String anchorFile,
                                    @Value("${hpg.data-dir}") String dataDir) {
        return new AuditAnchorFile(anchorFile.isBlank() ? Path.of(dataDir, AuditAnchorFile.DEFAULT_NAME)
                : Path.of(anchorFile));
    }
}
