package com.hpgdesk.patient;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A patient's record as the patient page shows it: details, androgen history, notes, and the clock. */
public record PatientRecord(Patient patient, List<AndrogenCourse> courses, List<ClinicalNote> notes,
                            String responsibleClinicianName, LocalDate today) {

    public PatientRecord {
        courses = List.copyOf(courses);
        notes = List.copyOf(notes);
    }

    public Optional<RecoveryClock> recoveryClock() {
        return RecoveryClock.of(courses, today);
    }
}
