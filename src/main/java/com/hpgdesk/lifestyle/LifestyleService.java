package com.hpgdesk.lifestyle;

import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.base.ConcurrentEditException;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.base.SeesRecords;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import com.hpgdesk.history.RecordHistory;
import com.hpgdesk.history.RecordKind;
import com.hpgdesk.history.RecordVersion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weekly lifestyle entries of a patient: recording, correcting, removing, and reading them back as a
 * list or as the trend of one measure. Open to clinicians; every read and change is audited, without
 * the values themselves.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('CLINICIAN')")
public class LifestyleService {

    private static final String THIS_ENTRY = "This lifestyle entry";

    /** One week's value of a measure, in the measure's unit, for trends. */
    public record WeekValue(LocalDate weekOf, BigDecimal value) {
    }

    /** One week's answer to a yes/no measure. */
    public record WeekAnswer(LocalDate weekOf, boolean answer) {
    }

    private final LifestyleEntryRepository entries;
    private final AuditTrail audit;
    private final Clock clock;
    private final RecordHistory history;
    private final LifestyleLimits limits = LifestyleLimits.standard();

    LifestyleService(LifestyleEntryRepository entries, AuditTrail audit, Clock clock, RecordHistory history) {
        this.history = history;
        this.entries = entries;
        this.audit = audit;
        this.clock = clock;
    }

    @SeesRecords
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The bounds forms show as helper text; the same ones the service checks against. */
    @SeesRecords
    public LifestyleLimits limits() {
        return limits;
    }

    @Transactional
    public LifestyleEntry record(long patientId, LifestyleDetails details) {
        return recordOne(patientId, details);
    }

    /**
     * Records several weeks at once, all or none: for the demo data generator (run it under
     * {@link com.hpgdesk.security.SystemActor}) and for imports.
     */
    @Transactional
    public List<LifestyleEntry> recordAll(long patientId, List<LifestyleDetails> weeks) {
        var saved = new ArrayList<LifestyleEntry>();
        weeks.forEach(week -> saved.add(recordOne(patientId, week)));
        return saved;
    }

    @Transactional
    public LifestyleEntry update(long entryId, long expectedVersion, LifestyleDetails details) {
        var entry = load(entryId, expectedVersion);
        var problems = LifestyleRules.check(details, today(), limits);
        if (!problems.has(LifestyleRules.WEEK_FIELD) && details.weekOf() != null && entries
                .existsByPatientIdAndWeekOfAndIdNot(entry.getPatientId(), LifestyleRules.weekStart(details.weekOf()),
                        entryId)) {
            problems.reject(LifestyleRules.WEEK_FIELD, weekTaken(details.weekOf()));
        }
        problems.throwIfAny();
        history.keep(RecordKind.LIFESTYLE_WEEK, entryId, entry.getPatientId(), RecordVersion.Change.UPDATE,
                RecordHistory.describe(entry.details()));
        entry.apply(details, clock.instant());
        LifestyleEntry saved;
        try {
            saved = entries.saveAndFlush(entry);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException(THIS_ENTRY);
        }
        audit.record(AuditAction.UPDATE, saved.getPatientId(), subject(saved), "Changed the week of "
                + saved.getWeekOf());
        return saved;
    }

    @Transactional
    public void delete(long entryId, long expectedVersion) {
        var entry = load(entryId, expectedVersion);
        history.keep(RecordKind.LIFESTYLE_WEEK, entryId, entry.getPatientId(), RecordVersion.Change.DELETE,
                RecordHistory.describe(entry.details()));
        try {
            entries.delete(entry);
            entries.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException(THIS_ENTRY);
        }
        audit.record(AuditAction.DELETE, entry.getPatientId(), subject(entry), "Deleted the week of "
                + entry.getWeekOf());
    }

    /** A patient's weeks, newest first. */
    @SeesRecords
    public List<LifestyleEntry> listEntries(long patientId) {
        var found = entries.findByPatientIdOrderByWeekOfDesc(patientId);
        audit.record(AuditAction.READ, patientId, "lifestyle entries", "Viewed " + found.size()
                + (found.size() == 1 ? " weekly entry" : " weekly entries"));
        return found;
    }

    /**
     * A patient's weeks, oldest first, for another feature that reads them as inputs and records its own
     * audited read (the marker tables). Not audited here: the caller's action is what the clinician did.
     */
    @SeesRecords
    public List<LifestyleEntry> entriesForAssessment(long patientId) {
        return entries.findByPatientIdOrderByWeekOfAsc(patientId);
    }

    /** {@link #entriesForAssessment(long)} for many patients in one query; a patient without entries has none. */
    @SeesRecords
    public java.util.Map<Long, List<LifestyleEntry>> entriesForAssessment(java.util.Collection<Long> patientIds) {
        var byPatient = new java.util.HashMap<Long, List<LifestyleEntry>>();
        entries.findByPatientIdIn(patientIds).stream()
                .sorted(java.util.Comparator.comparing(LifestyleEntry::getWeekOf))
                .forEach(entry -> byPatient.computeIfAbsent(entry.getPatientId(), id -> new java.util.ArrayList<>())
                        .add(entry));
        return byPatient;
    }

    /** The weeks that have a value of {@code measure}, oldest first. */
    @SeesRecords
    public List<WeekValue> series(long patientId, LifestyleMeasure measure) {
        if (measure.kind() == LifestyleMeasure.Kind.YES_NO) {
            throw new IllegalArgumentException(measure + " is a yes/no answer and has no trend");
        }
        var values = entries.findByPatientIdOrderByWeekOfAsc(patientId).stream()
                .flatMap(entry -> entry.number(measure).map(value -> new WeekValue(entry.getWeekOf(), value)).stream())
                .toList();
        audit.record(AuditAction.READ, patientId, "lifestyle trend", "Viewed the trend of "
                + measure.label().toLowerCase(Locale.ROOT));
        return values;
    }

    /**
     * Each measure's most recent value in the weeks from {@code window} before {@code asOf} up to {@code asOf},
     * with the week it was recorded in: what an assessment of that date reads. The window starts on the
     * Monday of the week {@code window} earlier, so a 4-week window also takes in the week already begun.
     */
    @SeesRecords
    public LatestLifestyle latest(long patientId, LocalDate asOf, Period window) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("A window cannot be negative: " + window);
        }
        LocalDate since = LifestyleRules.weekStart(asOf.minus(window));
        var found = entries.findByPatientIdAndWeekOfBetweenOrderByWeekOfDesc(patientId, since, asOf);
        audit.record(AuditAction.READ, patientId, "lifestyle entries", "Viewed the latest lifestyle values of "
                + found.size() + (found.size() == 1 ? " week" : " weeks") + " up to " + asOf);
        return LatestLifestyle.of(asOf, since, found);
    }

    private LifestyleEntry recordOne(long patientId, LifestyleDetails details) {
        var problems = LifestyleRules.check(details, today(), limits);
        if (!problems.has(LifestyleRules.WEEK_FIELD) && details.weekOf() != null
                && entries.existsByPatientIdAndWeekOf(patientId, LifestyleRules.weekStart(details.weekOf()))) {
            problems.reject(LifestyleRules.WEEK_FIELD, weekTaken(details.weekOf()));
        }
        problems.throwIfAny();
        String author = SecurityContextHolder.getContext().getAuthentication().getName();
        var entry = new LifestyleEntry(patientId, author, clock.instant());
        entry.apply(details, clock.instant());
        LifestyleEntry saved;
        try {
            saved = entries.saveAndFlush(entry);
        } catch (DataIntegrityViolationException e) {
            throw refusalFor(e, details.weekOf());
        }
        audit.record(AuditAction.CREATE, patientId, subject(saved), "Recorded the week of " + saved.getWeekOf());
        return saved;
    }

    /** Two clinicians saving the same week at once: the database's constraints decide, this says which. */
    private static InvalidInputException refusalFor(DataIntegrityViolationException e, LocalDate weekOf) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("uk_lifestyle_week")) {
            return InvalidInputException.of(LifestyleRules.WEEK_FIELD, weekTaken(weekOf));
        }
        if (message.contains("fk_lifestyle_patient")) {
            return InvalidInputException.of("patient", "This patient no longer exists.");
        }
        throw e;
    }

    private static String weekTaken(LocalDate weekOf) {
        return "The week starting " + LifestyleRules.SHOWN_DATE.format(LifestyleRules.weekStart(weekOf))
                + " already has an entry: open it to change it.";
    }

    private static String subject(LifestyleEntry entry) {
        return "lifestyle entry " + entry.getId();
    }

    private LifestyleEntry load(long entryId, long expectedVersion) {
        var entry = entries.findById(entryId)
                .orElseThrow(() -> InvalidInputException.of(LifestyleRules.ENTRY_FIELD,
                        "This lifestyle entry no longer exists."));
        if (entry.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(THIS_ENTRY);
        }
        return entry;
    }
}
