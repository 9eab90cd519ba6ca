package com.hpgdesk.patient;

import org.jspecify.annotations.Nullable;

/**
 * A search of the registry. {@code text} matches names (any script, accents ignored), the record number,
 * or a date of birth typed as 1980-03-14, 14.03.1980 or 14/03/1980.
 */
public record PatientQuery(String text, @Nullable PatientStatus status, @Nullable Long responsibleClinicianId) {

    public static final PatientQuery ALL = new PatientQuery("", null, null);

    public PatientQuery {
        text = text.strip();
    }
}
