package com.hpgdesk.assessment.ui;

import com.hpgdesk.assessment.AssessmentService;
import com.hpgdesk.patient.ui.PatientBadge;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** Puts the recovery status beside the patient's name on his page. */
@SpringComponent
class RecoveryStatusBadgeContribution implements PatientBadge {

    private final AssessmentService assessments;

    RecoveryStatusBadgeContribution(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public Component build(long patientId) {
        return new RecoveryStatusBadge(assessments, patientId);
    }
}
