package com.hpgdesk.security;

import com.hpgdesk.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Everything needs a signed-in user except the login view, static files and the health probe. Views
 * declare who may open them with annotations; services check again with method security.
 */
@Configuration
@EnableWebSecurity
// Services use @PreAuthorize. JSR-250 stays off: @PermitAll on views would make Spring proxy the views.
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * As tight as Vaadin Flow allows: its bootstrap page and Lumo need inline scripts and styles, and the Flow
     * client runs server-sent JavaScript through Function (hence 'unsafe-eval'). Nothing may come from another
     * origin, frame the app, be an object or change the base address.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The desk uses no device or browser feature beyond the page itself. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), "
            + "display-capture=(), fullscreen=(self)";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // Vaadin answers an unknown address with a 404 that Tomcat forwards to /error; let it through
                // so the app's own not-found page is shown instead of an empty 403.
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                .permitAll()
                .requestMatchers("/styles.css", "/icons/**", "/images/**").permitAll());
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // Vaadin pages are reached through a servlet forward that commits the response behind the filter's
                // back: written only at the end, the headers never reached the sign-in page or any view.
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // Every signed-in session is registered, so a practice lead can see and end it and account changes end it.
        http.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessionRegistry)
                .expiredUrl("/login?ended"));
        // Addresses that are no route still reach Vaadin, which shows its not-found page (Vaadin denies them by default).
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(any -> any.authenticated()));
        return http.build();
    }

    /**
     * bcrypt cost 12 (4096 rounds, four times Spring's default of 10): about a quarter of a second per hash
     * on a 2-core server (see PasswordHashBenchmark), paid once per sign-in. Hashes of a lower cost are
     * upgraded at their next sign-in.
     */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry (and {@link LiveSessions}) when the servlet container creates or drops a session. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(BCRYPT_COST);
    }

    static final int BCRYPT_COST = 12;
}
