package com.hpgdesk.assessment.ui;

import com.hpgdesk.assessment.AssessmentService;
import com.hpgdesk.assessment.curve.ui.RecoveryCurvePanel;
import com.hpgdesk.lab.results.LabService;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.patient.ui.PatientTab;
import com.hpgdesk.protocol.RestartProtocolService;
import com.hpgdesk.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Set;

/** The patient page's first tab: both marker tables and, between status and tables, the recovery curve. */
@SpringComponent
class MarkerTablesTab implements PatientTab {

    private final AssessmentService assessments;
    private final LabService labs;
    private final PatientService patients;
    private final RestartProtocolService protocols;

    MarkerTablesTab(AssessmentService assessments, LabService labs, PatientService patients,
                    RestartProtocolService protocols) {
        this.assessments = assessments;
        this.labs = labs;
        this.patients = patients;
        this.protocols = protocols;
    }

    @Override
    public String title() {
        return "Marker tables";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Set<Role> shownTo() {
        return Set.of(Role.CLINICIAN, Role.REVIEWER);
    }

    /** Hundreds of elements that only show, and cheap to build again from the assessments already made. */
    @Override
    public boolean releasedWhenLeft() {
        return true;
    }

    @Override
    public Component build(long patientId) {
        var panel = new MarkerTablesPanel(assessments, patientId);
        panel.setRecoveryCurve(new RecoveryCurvePanel(labs, patients, protocols, patientId));
        return panel;
    }
}
