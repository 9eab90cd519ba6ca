package com.hpgdesk.lab.importer;

import com.hpgdesk.lab.FlaggedValue;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One result read from a lab file, checked, converted and flagged.
 *
 * @param recordNumber the patient record number from the file, if it has such a column
 * @param value the marker, the value as reported and in canonical units, the flag and the range used
 * @param contentFingerprint SHA-256 (hex) of record number, date, marker and canonical value: equal for
 *     the same result however it was spelled, so importing a file twice can be detected
 */
public record ImportedResult(
        @Nullable String recordNumber,
        LocalDate collected,
        FlaggedValue value,
        @Nullable String method,
        String contentFingerprint) {
}
