package com.hpgdesk;

import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * {@code ./mvnw -Ppostgres test} (system property {@code hpg.test.database=postgres}) points the shared
 * {@link DeskSpringTest} context at a throw-away PostgreSQL server ({@link TestPostgres}) instead of its H2 file:
 * the same tests, migrations and demo practice, on the production database. Other contexts are left alone.
 */
class PostgresTestDatabase implements ContextCustomizerFactory {

    static final String PROPERTY = "hpg.test.database";

    static boolean requested() {
        return "postgres".equals(System.getProperty(PROPERTY));
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        boolean shared = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(DeskSpringTest.class);
        return shared && requested() ? new OnPostgres() : null;
    }

    /** Equal to every other instance, so the shared context stays one cached context. */
    private static final class OnPostgres implements ContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                                     org.springframework.test.context.MergedContextConfiguration merged) {
            var server = TestPostgres.server();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-tests", Map.of(
                    "spring.datasource.url", server.jdbcUrl(),
                    "spring.datasource.username", server.username(),
                    "spring.datasource.password", server.password())));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof OnPostgres;
        }

        @Override
        public int hashCode() {
            return OnPostgres.class.hashCode();
        }
    }
}
