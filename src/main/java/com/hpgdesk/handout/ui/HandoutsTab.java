package com.hpgdesk.handout.ui;

import com.hpgdesk.handout.HandoutService;
import com.hpgdesk.patient.ui.PatientTab;
import com.hpgdesk.security.CurrentUser;
import com.hpgdesk.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Set;

/** The patient page's Handouts tab, after Lifestyle. */
@SpringComponent
class HandoutsTab implements PatientTab {

    private final CurrentUser currentUser;
    private final HandoutService handouts;

    HandoutsTab(HandoutService handouts, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.handouts = handouts;
    }

    @Override
    public String title() {
        return "Handouts";
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public Set<Role> shownTo() {
        return Set.of(Role.CLINICIAN, Role.REVIEWER);
    }

    @Override
    public Component build(long patientId) {
        return new HandoutsPanel(handouts, patientId, currentUser.mayChangeRecords());
    }
}
