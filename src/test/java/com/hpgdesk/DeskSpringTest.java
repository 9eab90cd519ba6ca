package com.hpgdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context that service and browserless UI tests share (Spring caches it, so it starts once).
 * It is the demo start on a fresh H2 file database under {@code target/}: the same migrations, seeding and
 * security as {@code ./mvnw spring-boot:run}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "hpg.data-dir=./target/test-data/${random.uuid}",
        "vaadin.devmode.devTools.enabled=false",
        "hpg.demo.patients=6",
        // Tests re-assess when they mean to (SummaryRefreshTest), not on a background thread at start or at midnight.
        "hpg.summaries.refresh-at-start=false",
        "hpg.summaries.refresh-cron=-"
})
@ActiveProfiles("demo")
public @interface DeskSpringTest {
}
