package com.hpgdesk.protocol.ui;

import com.hpgdesk.history.RecordHistory;
import com.hpgdesk.history.RecordKind;
import com.hpgdesk.history.ui.HistoryDialog;
import com.hpgdesk.patient.ui.PatientTab;
import com.hpgdesk.protocol.RestartProtocolService;
import com.hpgdesk.security.CurrentUser;
import com.hpgdesk.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Set;

/** The patient page's Restart protocol tab. */
@SpringComponent
class ProtocolsTab implements PatientTab {

    private final CurrentUser currentUser;
    private final RestartProtocolService protocols;
    private final RecordHistory history;

    ProtocolsTab(RestartProtocolService protocols, CurrentUser currentUser, RecordHistory history) {
        this.history = history;
        this.currentUser = currentUser;
        this.protocols = protocols;
    }

    @Override
    public String title() {
        return "Restart protocol";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Set<Role> shownTo() {
        return Set.of(Role.CLINICIAN, Role.REVIEWER);
    }

    @Override
    public Component build(long patientId) {
        var panel = new PatientProtocolsPanel(protocols, patientId, currentUser.mayChangeRecords());
        panel.showHistory(HistoryDialog.button("Earlier versions of restart protocols",
                () -> history.versionsOfPatient(patientId, RecordKind.RESTART_PROTOCOL)));
        return panel;
    }
}
