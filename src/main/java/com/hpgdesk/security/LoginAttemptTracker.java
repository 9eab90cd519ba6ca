package com.hpgdesk.security;

import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated wrong passwords, so a password cannot be guessed by
 * trying many. The lock is lifted by time or by a practice lead.
 */
@Component
class LoginAttemptTracker {

    static final int MAX_FAILED_ATTEMPTS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptTracker.class);

    private final UserAccountRepository accounts;
    private final Clock clock;
    private final AuditTrail audit;

    LoginAttemptTracker(UserAccountRepository accounts, Clock clock, AuditTrail audit) {
        this.accounts = accounts;
        this.clock = clock;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = UserAccount.normalise(String.valueOf(event.getAuthentication().getPrincipal()));
        accounts.findByUsername(username).ifPresent(account -> {
            account.recordFailedLogin(MAX_FAILED_ATTEMPTS, clock.instant(), LOCK_DURATION);
            if (account.isLockedAt(clock.instant())) {
                log.warn("Account '{}' locked for {} minutes after {} failed sign-ins",
                        account.getUsername(), LOCK_DURATION.toMinutes(), MAX_FAILED_ATTEMPTS);
            }
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            accounts.findById(user.accountId()).ifPresent(UserAccount::recordSuccessfulLogin);
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
