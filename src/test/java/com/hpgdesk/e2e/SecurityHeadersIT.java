package com.hpgdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real HTTP requests against the running app: what a browser (and a proxy in front of it) is told. */
class SecurityHeadersIT extends BrowserTestBase {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertPolicies(HttpResponse<String> response) {
        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy).contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                "default-src 'self'", "form-action 'self'");
        assertThat(response.headers().firstValue("Permissions-Policy").orElse(""))
                .contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void theSignInPageAndTheHealthProbeCarryTheContentAndPermissionsPolicies() throws Exception {
        var login = get("login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertPolicies(login);

        var health = get("actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertPolicies(health);
    }

    @Test
    void theSessionCookieIsLaxAlwaysAndSecureBehindATlsTerminatingProxy() throws Exception {
        List<String> plain = get("login").headers().allValues("Set-Cookie");
        assertThat(plain).filteredOn(cookie -> cookie.startsWith("JSESSIONID=")).singleElement().asString()
                .containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly")
                .doesNotContainIgnoringCase("Secure");

        List<String> proxied = get("login", "X-Forwarded-Proto", "https").headers().allValues("Set-Cookie");
        assertThat(proxied).filteredOn(cookie -> cookie.startsWith("JSESSIONID=")).singleElement().asString()
                .containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly").containsIgnoringCase("Secure");
    }
}
