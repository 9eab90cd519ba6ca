package com.hpgdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 11: 32 wrong passwords for one name at once, over real HTTP. Every one is answered with the same
 * redirect back to the sign-in page, never a server error, whether the name belongs to an account or not.
 * The attack locks its account for 15 minutes, so it targets an account of its own: the other end-to-end tests
 * share this app and sign in with the demo accounts.
 */
class SignInUnderAttackIT extends BrowserTestBase {

    private static final int PARALLEL = 32;
    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]+)\"");

    private static final String TARGET_PASSWORD = "Kestrel-orbit-2291";

    @Autowired
    AccountService accounts;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** The session cookie and the form's CSRF field, as the sign-in page hands them to a browser. */
    private Map<String, String> signInPage() throws Exception {
        var page = http.send(HttpRequest.newBuilder(URI.create(url("login"))).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, String> meta = new TreeMap<>();
        var matcher = META.matcher(page.body());
        while (matcher.find()) {
            meta.put(matcher.group(1), matcher.group(2));
        }
        assertThat(meta).containsKeys("_csrf", "_csrf_parameter");
        return meta;
    }

    private CompletableFuture<HttpResponse<String>> post(Map<String, String> csrf, String username, String password) {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&" + csrf.get("_csrf_parameter") + "=" + URLEncoder.encode(csrf.get("_csrf"), StandardCharsets.UTF_8);
        return http.sendAsync(HttpRequest.newBuilder(URI.create(url("login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Each distinct answer (status and where it redirects), with how often it was given. */
    private Map<String, Integer> parallelWrongPasswords(String username) throws Exception {
        var csrf = signInPage();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            answers.add(post(csrf, username, "wrong-password-" + i));
        }
        Map<String, Integer> distinct = new TreeMap<>();
        for (var answer : answers) {
            var response = answer.get();
            String key = response.statusCode() + " " + response.headers().firstValue("Location").orElse("-");
            distinct.merge(key, 1, Integer::sum);
        }
        return distinct;
    }

    /** A clinician account created by a practice lead for this test alone. */
    private String attackTarget() {
        String username = "attack-target-" + Long.toHexString(System.nanoTime());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        SecurityContextHolder.setContext(context);
        try {
            accounts.createAccount(new AccountService.NewAccount(username, "Attack Target", Role.CLINICIAN,
                    TARGET_PASSWORD));
        } finally {
            SecurityContextHolder.clearContext();
        }
        return username;
    }

    @Test
    void parallelWrongPasswordsAreAllRefusedAlikeAndNeverWithAServerError() throws Exception {
        String target = attackTarget();
        var known = parallelWrongPasswords(target);
        var unknown = parallelWrongPasswords("no-such-clinician");

        assertThat(known).isEqualTo(Map.of("302 " + url("login?error"), PARALLEL));
        assertThat(unknown).isEqualTo(known);
        // The account is locked now: even its right password is refused the same way.
        var csrf = signInPage();
        var rightPassword = post(csrf, target, TARGET_PASSWORD).get();
        assertThat(rightPassword.statusCode()).isEqualTo(302);
        assertThat(rightPassword.headers().firstValue("Location")).hasValue(url("login?error"));
    }
}
