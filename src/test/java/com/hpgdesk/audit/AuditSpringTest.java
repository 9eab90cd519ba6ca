package com.hpgdesk.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring context every audit test shares, service and UI tests alike (same configuration, so
 * Spring starts it once), on an in-memory database of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:audit;DB_CLOSE_DELAY=-1",
        "hpg.initial-admin.password=audit-test-password",
        "vaadin.devmode.devTools.enabled=false"})
public @interface AuditSpringTest {
}
