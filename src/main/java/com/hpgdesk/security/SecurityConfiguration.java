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
import org.springframework.security.web.SecurityFilterChain;
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

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // Vaadin answers an unknown address with a 404 that Tomcat forwards to /error; let it through
                // so the app's own not-found page is shown instead of an empty 403.
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                .permitAll()
                .requestMatchers("/styles.css", "/icons/**", "/images/**").permitAll());
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                // Same origin, not deny: the Handouts tab previews the PDF in a frame of the app's own page;
                // another site still cannot frame the app.
                .frameOptions(frame -> frame.sameOrigin()));
        // Addresses that are no route still reach Vaadin, which shows its not-found page (Vaadin denies them by default).
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(any -> any.authenticated()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
