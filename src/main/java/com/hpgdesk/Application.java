package com.hpgdesk;

import com.hpgdesk.operations.OperationsCommand;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Starts HPG Recovery Desk. Also the Vaadin app shell: Vaadin 25 applies no theme unless asked, so the
 * Lumo stylesheet and the app's own styles are declared here.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "robots", content = "noindex, nofollow")
@com.vaadin.flow.component.page.Push
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        var application = new SpringApplication(Application.class);
        // --hpg.backup and --hpg.restore=<file> do their job with the desk's settings and exit instead of starting.
        application.addListeners(new OperationsCommand());
        application.run(args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }

    /** The one source of "now" for every service, so tests can pin time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
