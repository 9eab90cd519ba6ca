package com.hpgdesk.security;

import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.base.ui.SignedInPerson;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The person signed in to this browser session, for the UI to greet and to sign out. */
@Component
public class CurrentUser implements SignedInPerson {

    private final AuthenticationContext authenticationContext;
    private final AuditTrail audit;

    CurrentUser(AuthenticationContext authenticationContext, AuditTrail audit) {
        this.authenticationContext = authenticationContext;
        this.audit = audit;
    }

    public Optional<SignedInUser> get() {
        return authenticationContext.getAuthenticatedUser(SignedInUser.class);
    }

    @Override
    public String displayName() {
        return get().map(SignedInUser::displayName)
                .or(authenticationContext::getPrincipalName)
                .orElse("");
    }

    public boolean hasRole(Role role) {
        return authenticationContext.hasRole(role.name());
    }

    /**
     * Whether views offer buttons that change patient records: clinicians and practice leads, never a reviewer.
     * Only a courtesy: the services refuse a reviewer's change anyway.
     */
    public boolean mayChangeRecords() {
        return hasRole(Role.CLINICIAN);
    }

    @Override
    public void signOut() {
        audit.record(AuditAction.SIGN_OUT, null, "session", "Signed out");
        authenticationContext.logout();
    }
}
