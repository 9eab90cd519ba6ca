package com.hpgdesk.history;

import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.base.SeesRecords;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps what a record was before each edit or deletion, and shows it. The audit trail says who changed which
 * record when, but never the values; this keeps the values, so no earlier version of a clinical record is lost.
 */
@Service
public class RecordHistory {

    private final RecordVersionRepository versions;
    private final AuditTrail audit;
    private final Clock clock;

    RecordHistory(RecordVersionRepository versions, AuditTrail audit, Clock clock) {
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Keeps {@code earlier}, the record as it was, inside the transaction that replaces it (so both commit or
     * roll back together), under the signed-in user and the current time.
     *
     * @param earlier the record's fields as {@link #describe} writes them
     */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional(propagation = Propagation.MANDATORY)
    public void keep(RecordKind kind, long recordId, long patientId, RecordVersion.Change change, String earlier) {
        String by = SecurityContextHolder.getContext().getAuthentication().getName();
        String text = earlier.length() > RecordVersion.MAX_EARLIER
                ? earlier.substring(0, RecordVersion.MAX_EARLIER - 1) + "…" : earlier;
        versions.save(new RecordVersion(kind, recordId, patientId, change, clock.instant(), by, text));
    }

    /** Earlier versions of one record, newest first. Seeing them is a read of the patient's data, and audited. */
    @SeesRecords
    @Transactional(readOnly = true)
    public List<RecordVersion> versionsOf(RecordKind kind, long recordId) {
        List<RecordVersion> found = versions.findByKindAndRecordIdOrderByIdDesc(kind, recordId);
        if (!found.isEmpty()) {
            audit.record(AuditAction.READ, found.getFirst().getPatientId(), kind.label() + " " + recordId,
                    "Viewed the history of the " + kind.label());
        }
        return found;
    }

    /**
     * Every earlier version of a patient's records of one kind, deleted ones included, newest first: where the
     * history of records that no longer exist is found. Audited.
     */
    @SeesRecords
    @Transactional(readOnly = true)
    public List<RecordVersion> versionsOfPatient(long patientId, RecordKind kind) {
        List<RecordVersion> found = versions.findByPatientIdAndKindOrderByIdDesc(patientId, kind);
        audit.record(AuditAction.READ, patientId, kind.label() + " history",
                "Viewed the history of the patient's " + kind.label() + " records");
        return found;
    }

    /**
     * A record's fields as "Label: value" lines, in the order it declares them; nested lists one item a line.
     * One way for every feature to say what a record was.
     */
    public static String describe(Record details, String... extraLines) {
        var lines = new ArrayList<String>();
        for (RecordComponent component : details.getClass().getRecordComponents()) {
            lines.add(label(component.getName()) + ": " + text(value(details, component)));
        }
        lines.addAll(List.of(extraLines));
        return String.join("\n", lines);
    }

    private static @Nullable Object value(Record details, RecordComponent component) {
        try {
            return component.getAccessor().invoke(details);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    private static String text(@Nullable Object value) {
        if (value == null) {
            return "(none)";
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty() ? "(none)" : String.join("; ", items.stream().map(RecordHistory::text).toList());
        }
        if (value instanceof java.math.BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    /** "dateOfBirth" as "Date of birth". */
    static String label(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
