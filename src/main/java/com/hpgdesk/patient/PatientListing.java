package com.hpgdesk.patient;

/**
 * What a practice-wide list shows of a patient beside his clinical summary: his name and record number, whether he
 * is still under the practice's care, and his responsible clinician. Kept with the summary so the list reads one
 * table.
 */
public record PatientListing(long patientId, String familyName, String givenName, String recordNumber,
                             boolean active, long clinicianId, String clinicianName) {
}
