package com.hpgdesk.lab.results;

import com.hpgdesk.patient.Patient;
import com.hpgdesk.patient.PatientDetails;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.SystemActor;
import java.time.LocalDate;
import java.util.UUID;

/** Registers patients for lab tests, each with a record number of its own, as the system actor. */
public final class LabTestPatients {

    private LabTestPatients() {
    }

    public static Patient register(PatientService patients, AccountService accounts, LocalDate dateOfBirth) {
        return SystemActor.call(() -> {
            long clinician = accounts.listActiveClinicians().stream()
                    .filter(account -> account.getUsername().equals("mhale")).findFirst().orElseThrow().getId();
            String record = "LAB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            return patients.register(new PatientDetails(record, "Test", "Patient", dateOfBirth, null, null, null,
                    clinician, null, null, null));
        });
    }
}
