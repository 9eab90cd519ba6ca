package com.hpgdesk.patient;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a clinician types when registering or editing a patient. Fields a form may leave empty are
 * nullable here; the service says which are required.
 */
public record PatientDetails(
        String recordNumber,
        String givenName,
        String familyName,
        @Nullable LocalDate dateOfBirth,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String address,
        @Nullable Long responsibleClinicianId,
        @Nullable BigDecimal baselineTestosteroneNgPerDl,
        @Nullable BigDecimal baselineSpermMillionPerMl,
        @Nullable String baselineNote) {

    public static PatientDetails empty() {
        return new PatientDetails("", "", "", null, null, null, null, null, null, null, null);
    }
}
