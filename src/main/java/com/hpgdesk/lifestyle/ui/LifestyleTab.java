package com.hpgdesk.lifestyle.ui;

import com.hpgdesk.history.RecordHistory;
import com.hpgdesk.history.RecordKind;
import com.hpgdesk.history.ui.HistoryDialog;
import com.hpgdesk.lifestyle.LifestyleService;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.patient.ui.PatientTab;
import com.hpgdesk.security.CurrentUser;
import com.hpgdesk.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Set;

/** The patient page's Lifestyle tab. */
@SpringComponent
class LifestyleTab implements PatientTab {

    private final CurrentUser currentUser;
    private final LifestyleService lifestyle;
    private final PatientService patients;
    private final RecordHistory history;

    LifestyleTab(LifestyleService lifestyle, PatientService patients, CurrentUser currentUser, RecordHistory history) {
        this.history = history;
        this.currentUser = currentUser;
        this.lifestyle = lifestyle;
        this.patients = patients;
    }

    @Override
    public String title() {
        return "Lifestyle";
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public Set<Role> shownTo() {
        return Set.of(Role.CLINICIAN, Role.REVIEWER);
    }

    @Override
    public Component build(long patientId) {
        var panel = new PatientLifestylePanel(lifestyle, patients, patientId, currentUser.mayChangeRecords());
        panel.showHistory(HistoryDialog.button("Earlier versions of lifestyle weeks, deleted ones included",
                () -> history.versionsOfPatient(patientId, RecordKind.LIFESTYLE_WEEK)));
        return panel;
    }
}
