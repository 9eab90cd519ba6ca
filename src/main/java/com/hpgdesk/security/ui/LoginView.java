package com.hpgdesk.security.ui;

import com.hpgdesk.base.ui.MainLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Sign-in. Every refusal reads the same, whether the user is unknown, the password wrong or the account
 * locked or disabled, so the page never tells an outsider which accounts exist.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | " + MainLayout.APP_NAME)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    static final String REFUSAL_TITLE = "Sign-in failed";
    static final String REFUSAL_MESSAGE = "The username or password is not correct, or this account cannot sign in "
            + "at the moment. After several failed attempts an account is locked for 15 minutes; your practice "
            + "lead can unlock it sooner.";

    /** Query parameter of the sign-in page after a session ended without its user signing out. */
    static final String SESSION_ENDED = "ended";
    static final String SESSION_ENDED_NOTICE = "You were signed out: the session ended after a while without "
            + "activity, or a practice lead ended it. Sign in to continue.";

    private final LoginForm form = new LoginForm();
    final Paragraph sessionEnded = new Paragraph(SESSION_ENDED_NOTICE);
    private final AuthenticationContext authenticationContext;

    LoginView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassName("login-view");

        var mark = new Image("icons/favicon.svg", "");
        mark.addClassName("brand-mark");
        var title = new H1(MainLayout.APP_NAME);
        var tagline = new Paragraph("Decision support for clinicians guiding men through recovery of their own "
                + "hormone production after TRT or anabolic steroids.");
        var intro = new Div(mark, title, tagline, sessionEnded);
        intro.addClassName("login-intro");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        form.getElement().setAttribute("aria-label", "Sign in");

        sessionEnded.addClassName("login-notice");
        sessionEnded.getElement().setAttribute("role", "status");
        sessionEnded.setVisible(false);

        var panel = new Div(intro, form);
        panel.addClassName("login-panel");
        add(panel);
    }

    private static LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var formText = new LoginI18n.Form();
        formText.setTitle("Sign in");
        formText.setUsername("Username");
        formText.setPassword("Password");
        formText.setSubmit("Sign in");
        i18n.setForm(formText);
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(REFUSAL_TITLE);
        error.setMessage(REFUSAL_MESSAGE);
        i18n.setErrorMessage(error);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        sessionEnded.setVisible(parameters.containsKey(SESSION_ENDED) && !parameters.containsKey("error"));
    }
}
