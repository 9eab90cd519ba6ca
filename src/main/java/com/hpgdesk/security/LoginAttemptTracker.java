package com.hpgdesk.security;

import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Limits how many passwords can be tried: five per account before it is locked for 15 minutes (lifted
 * sooner by a practice lead), and 100 failures an hour from one client address, so that nobody can keep
 * every account locked or guess on through many names. An unknown username is limited like an account,
 * so a lock never tells an outsider which names exist.
 */
@Component
class LoginAttemptTracker {

    static final int MAX_FAILED_ATTEMPTS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    static final int MAX_FAILURES_PER_ADDRESS = 100;
    static final Duration ADDRESS_WINDOW = Duration.ofHours(1);
    private static final int REMEMBERED_KEYS = 10_000;
    private static final int MAX_RECORDED_NAME = 60;

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptTracker.class);

    private final UserAccountRepository accounts;
    private final Clock clock;
    private final AuditTrail audit;
    private final FailureWindows addresses = new FailureWindows(MAX_FAILURES_PER_ADDRESS, ADDRESS_WINDOW,
            REMEMBERED_KEYS);
    private final FailureWindows unknownNames = new FailureWindows(MAX_FAILED_ATTEMPTS, LOCK_DURATION,
            REMEMBERED_KEYS);

    LoginAttemptTracker(UserAccountRepository accounts, Clock clock, AuditTrail audit) {
        this.accounts = accounts;
        this.clock = clock;
        this.audit = audit;
    }

    /** Whether this client address may try another password. Unknown addresses (no web request) are not limited. */
    boolean addressMayTry(@Nullable String address) {
        return address == null || addresses.allows(address, clock.instant());
    }

    /**
     * Counts an attempt on an account before its password is checked.
     *
     * @return false when the account is locked: refuse without checking the password
     */
    boolean countAttempt(UserAccount account) {
        var now = clock.instant();
        boolean counted = accounts.countSignInAttempt(java.util.Objects.requireNonNull(account.getId()),
                MAX_FAILED_ATTEMPTS, now, now.plus(LOCK_DURATION)) == 1;
        if (!counted) {
            log.warn("Sign-in refused: account '{}' is locked", account.getUsername());
        }
        return counted;
    }

    /** The same count for a name no account has, kept in memory only. */
    boolean countAttemptOnUnknownName(String username) {
        var now = clock.instant();
        if (!unknownNames.allows(username, now)) {
            return false;
        }
        unknownNames.recordFailure(username, now);
        return true;
    }

    void failedFrom(@Nullable String address) {
        if (address != null) {
            var now = clock.instant();
            addresses.recordFailure(address, now);
            if (!addresses.allows(address, now)) {
                log.warn("Sign-in attempts from {} refused for up to {} minutes after {} failures", address,
                        ADDRESS_WINDOW.toMinutes(), MAX_FAILURES_PER_ADDRESS);
            }
        }
    }

    void succeeded(UserAccount account) {
        accounts.clearFailedSignIns(java.util.Objects.requireNonNull(account.getId()));
        account.unlock();
    }

    /**
     * Every refused sign-in goes to the audit trail under the system actor (nobody is signed in), with the
     * name tried and the client address. A failure to record it is logged, never turned into an error page:
     * the refusal must read the same whatever happens behind it.
     */
    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        var attempt = event.getAuthentication();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null ? web.getRemoteAddress() : "no web request";
        String detail = "Refused sign-in as '" + printable(String.valueOf(attempt.getPrincipal())) + "' from "
                + printable(address) + ": " + event.getException().getMessage();
        try {
            SystemActor.run(() -> audit.record(AuditAction.SIGN_IN_REFUSED, null, "sign-in", detail));
        } catch (RuntimeException e) {
            log.error("Could not record a refused sign-in in the audit trail: {}", detail, e);
        }
    }

    /** What an outsider typed, made safe to store and show: visible characters only, and short. */
    static String printable(String typed) {
        var kept = new StringBuilder();
        typed.codePoints().limit(MAX_RECORDED_NAME).forEach(c -> kept.appendCodePoint(
                Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                        || Character.getType(c) == Character.LINE_SEPARATOR
                        || Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? '?' : c));
        if (typed.codePointCount(0, typed.length()) > MAX_RECORDED_NAME) {
            kept.append('…');
        }
        return kept.toString();
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            log.info("Signed in: '{}'", user.getUsername());
            // The security context is filled only after this event; the record needs to know who signed in.
            var previous = SecurityContextHolder.getContext();
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(event.getAuthentication());
            SecurityContextHolder.setContext(context);
            try {
                audit.record(AuditAction.SIGN_IN, null, "session", "Signed in");
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }
    }
}
