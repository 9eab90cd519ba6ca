package com.hpgdesk.assessment.ui;

import com.hpgdesk.assessment.AssessmentService;
import com.hpgdesk.assessment.AssessmentSummary;
import com.vaadin.flow.component.html.Span;

/** The patient's recovery status for the page header, from his summary (kept fresh after every change). */
public class RecoveryStatusBadge extends Span {

    public RecoveryStatusBadge(AssessmentService assessments, long patientId) {
        AssessmentSummary summary = assessments.currentSummary(patientId);
        addClassName("recovery-status-badge");
        setId("recovery-status-badge");
        add(new Span("Recovery status: "), VerdictLabel.of(summary.status()));
        setTitle("As of " + summary.assessedOn() + ", rules " + summary.rulesVersion());
    }
}
