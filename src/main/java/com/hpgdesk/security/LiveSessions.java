package com.hpgdesk.security;

import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.base.LogText;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionIdChangedEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who is signed in now, and ending their sessions: by a practice lead, and by itself when an account is
 * disabled, its password reset or its role changed. Spring Security's session registry knows the signed-in
 * sessions; the servlet sessions behind them are kept here so that ending one really invalidates it.
 */
@Service
public class LiveSessions {

    private static final Logger log = LoggerFactory.getLogger(LiveSessions.class);

    /** A signed-in session as a practice lead sees it. The id stays on the server: it is never shown. */
    public record LiveSession(String id, long accountId, String username, String displayName, Instant lastRequest) {}

    private final SessionRegistry registry;
    private final AuditTrail audit;
    private final Map<String, HttpSession> servletSessions = new ConcurrentHashMap<>();

    LiveSessions(SessionRegistry registry, AuditTrail audit) {
        this.registry = registry;
        this.audit = audit;
    }

    /** Every signed-in session, most recently active first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<LiveSession> list() {
        var sessions = new ArrayList<LiveSession>();
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof SignedInUser user) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    sessions.add(new LiveSession(session.getSessionId(), user.accountId(), user.getUsername(),
                            user.displayName(), session.getLastRequest().toInstant()));
                }
            }
        }
        sessions.sort(Comparator.comparing(LiveSession::lastRequest).reversed());
        return sessions;
    }

    /** A practice lead ends one session; its user sees the sign-in page at the next action. */
    @PreAuthorize("hasRole('ADMIN')")
    public void end(LiveSession session) {
        var information = registry.getSessionInformation(session.id());
        if (information == null || information.isExpired()) {
            throw InvalidInputException.of("session", "This session has already ended.");
        }
        audit.record(AuditAction.SIGN_OUT, null, "session", "Ended a session of " + session.username());
        end(information);
        log.info("A session of '{}' was ended by a practice lead", LogText.of(session.username()));
    }

    /** Sessions of an account whose access changed end once the change is committed, never before. */
    @TransactionalEventListener(fallbackExecution = true)
    void onAccessChanged(AccountAccessChanged change) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof SignedInUser user && user.accountId() == change.accountId()) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    end(session);
                    ended++;
                }
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of '{}': {}", ended, LogText.of(change.username()), change.change());
        }
    }

    @EventListener
    void onCreated(HttpSessionCreatedEvent created) {
        servletSessions.put(created.getSession().getId(), created.getSession());
    }

    /** Signing in changes the session id (against session fixation): follow it, or the session could not be ended. */
    @EventListener
    void onIdChanged(HttpSessionIdChangedEvent changed) {
        var session = servletSessions.remove(changed.getOldSessionId());
        if (session != null) {
            servletSessions.put(changed.getNewSessionId(), session);
        }
    }

    @EventListener
    void onDestroyed(HttpSessionDestroyedEvent destroyed) {
        servletSessions.remove(destroyed.getId());
    }

    private void end(SessionInformation session) {
        session.expireNow();
        registry.removeSessionInformation(session.getSessionId());
        var servletSession = servletSessions.remove(session.getSessionId());
        if (servletSession != null) {
            // Invalidated on another thread: Vaadin closes the ended session's UIs as it goes, which it refuses
            // while this thread holds the practice lead's own Vaadin session.
            CompletableFuture.runAsync(() -> {
                try {
                    servletSession.invalidate();
                } catch (IllegalStateException alreadyInvalidated) {
                    // Ended by its user or by the container at the same moment: the outcome is the same.
                }
            }).join();
        }
    }
}
