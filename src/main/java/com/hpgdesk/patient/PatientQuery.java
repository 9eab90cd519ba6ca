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

    /**
     * The text as the registry matches it, for another feature that searches patients in its own query (the
     * practice review): the folded name words, each to be found in {@code patient.search_name}; the record
     * number as stored in {@code patient.record_number_key}; and a date of birth, when the text is one.
     */
    public TextMatch textMatch() {
        var words = java.util.Arrays.stream(NameFolding.fold(text).split("[\\s,]+"))
                .filter(word -> !word.isEmpty()).toList();
        return new TextMatch(words, Patient.recordNumberKey(text),
                PatientService.parseBirthDate(text).orElse(null));
    }

    public record TextMatch(java.util.List<String> nameWords, String recordNumberKey,
                            java.time.@Nullable LocalDate dateOfBirth) {}
}
