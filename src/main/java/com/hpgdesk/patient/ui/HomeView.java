package com.hpgdesk.patient.ui;

import com.hpgdesk.base.ui.MainLayout;
import com.hpgdesk.patient.PatientQuery;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.patient.PatientStatus;
import com.hpgdesk.security.CurrentUser;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The start page after sign-in: a greeting and what the desk is for, until practice figures exist. It lives
 * with the patients because it counts them; the shell in base/ui must not depend on any feature.
 */
@Route("")
@PageTitle("Overview | " + MainLayout.APP_NAME)
@Menu(order = 0, title = "Overview", icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout {

    HomeView(CurrentUser currentUser, Clock clock, PatientService patients) {
        addClassName("home-view");
        setPadding(true);
        var greeting = new H2(greeting(clock) + ", " + currentUser.displayName());
        greeting.addClassName("greeting");
        var intro = new Paragraph("HPG Recovery Desk follows men restarting their own testosterone production after "
                + "TRT or anabolic steroids: the recovery clock, the restart protocol, labs and lifestyle, "
                + "and the evidence behind every marker.");
        intro.addClassName("lead");

        var cards = new Div(
                card(VaadinIcon.CLOCK, "Recovery clock",
                        "Time since the end of treatment, counted from the last dose plus one dosing interval; "
                                + "a man still taking androgens shows as on treatment."),
                card(VaadinIcon.FLASK, "Labs and lifestyle",
                        "Results keep the unit and range they were reported with; derived markers show their inputs."),
                card(VaadinIcon.SCALE, "Evidence, not verdicts",
                        "Ranges, thresholds and formulas name their source, so every number answers \"says who?\"."));
        cards.addClassName("card-row");

        long mine = currentUser.get()
                .map(user -> patients.count(new PatientQuery("", PatientStatus.ACTIVE, user.accountId())))
                .orElse(0L);
        long practice = patients.count(new PatientQuery("", PatientStatus.ACTIVE, null));
        var figures = new Div(
                figure(mine, mine == 1 ? "active patient in your care" : "active patients in your care"),
                figure(practice, practice == 1 ? "active patient in the practice" : "active patients in the practice"));
        figures.addClassName("figure-row");
        var toPatients = new RouterLink("Open the patient list", PatientsView.class);
        toPatients.addClassName("primary-link");
        add(greeting, intro, figures, toPatients, cards);
    }

    private static Component figure(long value, String label) {
        var number = new Span(Long.toString(value));
        number.addClassName("figure-value");
        var text = new Span(label);
        text.addClassName("figure-label");
        var figure = new Div(number, text);
        figure.addClassName("figure");
        return figure;
    }

    private static Component card(VaadinIcon iconName, String title, String text) {
        var icon = new Icon(iconName);
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassName("card-icon");
        var heading = new H3(title);
        var body = new Span(text);
        var card = new Div(icon, heading, body);
        card.addClassName("info-card");
        return card;
    }

    static String greeting(Clock clock) {
        int hour = clock.instant().atZone(ZoneId.systemDefault()).getHour();
        if (hour < 12) {
            return "Good morning";
        }
        return hour < 18 ? "Good afternoon" : "Good evening";
    }
}
