package com.hpgdesk.patient;

import java.time.LocalDate;
import java.time.Period;

/** The facts other features check their input against: which patient, his record number and birth date. */
public record PatientIdentity(long patientId, String recordNumber, LocalDate dateOfBirth) {

    /** Age in whole years on a day, for age-banded reference ranges. */
    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }
}
