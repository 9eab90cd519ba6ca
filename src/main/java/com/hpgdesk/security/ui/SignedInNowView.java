package com.hpgdesk.security.ui;

import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.base.ui.MainLayout;
import com.hpgdesk.base.ui.Notices;
import com.hpgdesk.security.LiveSessions;
import com.hpgdesk.security.LiveSessions.LiveSession;
import com.hpgdesk.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Practice leads see who is signed in now and can end a session, e.g. on a shared computer left signed in. */
@Route("signed-in")
@PageTitle("Signed in now | " + MainLayout.APP_NAME)
@Menu(order = 92, title = "Signed in now", icon = "vaadin:connect")
@RolesAllowed(Role.ADMIN_NAME)
class SignedInNowView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    private final LiveSessions sessions;
    final Grid<LiveSession> grid = new Grid<>();

    SignedInNowView(LiveSessions sessions) {
        this.sessions = sessions;
        setSizeFull();
        var intro = new Paragraph("Every session signed in now, most recently active first. Ending one signs its "
                + "user out at their next action; sessions also end by themselves after a while without activity.");
        var reload = new Button("Refresh", click -> refresh());
        grid.addColumn(LiveSession::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(LiveSession::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(session -> TIME.format(session.lastRequest().atZone(ZoneId.systemDefault())))
                .setHeader("Last active").setAutoWidth(true);
        grid.addComponentColumn(this::endButton).setHeader("Actions").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Sessions signed in now");
        grid.setSizeFull();
        add(intro, reload, grid);
        refresh();
    }

    private Button endButton(LiveSession session) {
        var end = new Button("End session", click -> {
            try {
                sessions.end(session);
                Notices.success("Ended a session of " + session.displayName());
            } catch (InvalidInputException e) {
                Notices.error(e.getMessage());
            }
            refresh();
        });
        end.setAriaLabel("End session of " + session.displayName());
        end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return end;
    }

    private void refresh() {
        grid.setItems(sessions.list());
    }
}
