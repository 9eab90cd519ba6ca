package com.hpgdesk.patient.ui;

import com.vaadin.flow.component.Component;

/**
 * A short status another feature shows beside the patient's name in the page header, such as the recovery
 * status. Like {@link PatientTab}, implemented as a Spring bean in the feature's own {@code ui} package so
 * that the patient feature never depends on it.
 */
public interface PatientBadge {

    /** The badge for one patient, built when his page opens. */
    Component build(long patientId);
}
