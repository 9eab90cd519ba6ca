package com.hpgdesk.handout.ui;

import com.hpgdesk.handout.HandoutService;
import com.hpgdesk.patient.ui.PatientTab;
import com.hpgdesk.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Set;

/** The patient page's Handouts tab, after Lifestyle. */
@SpringComponent
class HandoutsTab implements PatientTab {

    private final HandoutService handouts;

    HandoutsTab(HandoutService handouts) {
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
        return Set.of(Role.CLINICIAN);
    }

    @Override
    public Component build(long patientId) {
        return new HandoutsPanel(handouts, patientId);
    }
}
