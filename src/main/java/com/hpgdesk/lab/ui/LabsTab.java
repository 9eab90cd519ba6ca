package com.hpgdesk.lab.ui;

import com.hpgdesk.lab.results.LabImportService;
import com.hpgdesk.lab.results.LabService;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.patient.ui.PatientTab;
import com.hpgdesk.protocol.RestartProtocolService;
import com.hpgdesk.security.CurrentUser;
import com.hpgdesk.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Set;

/** The patient page's Labs tab. */
@SpringComponent
class LabsTab implements PatientTab {

    private final CurrentUser currentUser;
    private final LabService labs;
    private final LabImportService imports;
    private final PatientService patients;
    private final RestartProtocolService protocols;

    LabsTab(LabService labs, LabImportService imports, PatientService patients, RestartProtocolService protocols,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.labs = labs;
        this.imports = imports;
        this.patients = patients;
        this.protocols = protocols;
    }

    @Override
    public String title() {
        return "Labs";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Set<Role> shownTo() {
        return Set.of(Role.CLINICIAN, Role.REVIEWER);
    }

    @Override
    public Component build(long patientId) {
        return new PatientLabsPanel(labs, imports, patients, protocols, patientId, currentUser.mayChangeRecords());
    }
}
