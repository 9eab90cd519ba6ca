package com.hpgdesk.security.ui;

import com.hpgdesk.security.AccountService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * Sends a signed-in person whose password a practice lead set to {@link ChangePasswordView} from every
 * route, until they have chosen their own. Signing out stays possible: it is a button, not a route.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final AuthenticationContext authenticationContext;

    PasswordChangeGuard(AccountService accounts, AuthenticationContext authenticationContext) {
        this.accounts = accounts;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class
                || !authenticationContext.isAuthenticated()) {
            return;
        }
        if (accounts.mustChangePassword()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
