package com.hpgdesk.lab.results;

import com.hpgdesk.base.SeesRecords;
import static com.hpgdesk.lab.results.ResultRecorder.MAX_METHOD_LENGTH;
import static com.hpgdesk.lab.results.ResultRecorder.currentUser;
import static com.hpgdesk.lab.results.ResultRecorder.subject;

import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.base.ConcurrentEditException;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.lab.CalculatedFreeTestosterone;
import com.hpgdesk.lab.FlaggedValue;
import com.hpgdesk.lab.HomaIr;
import com.hpgdesk.lab.Marker;
import com.hpgdesk.lab.MarkerCatalogue;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.Quantity;
import com.hpgdesk.lab.ReferenceRange;
import com.hpgdesk.lab.ReportedValue;
import com.hpgdesk.lab.TestosteroneEstradiolRatio;
import com.hpgdesk.patient.PatientIdentity;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's lab results: entering a report by hand, editing and deleting with a reason, trends and
 * derived markers; {@link LabImportService} imports lab files. Every value passes the marker catalogue's
 * plausibility check and is flagged against the lab's own range when the report gives one, else the
 * catalogue default for the patient's age. Every change is audited in the transaction that makes it,
 * never with the values.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('CLINICIAN')")
public class LabService {

    static final int MAX_REASON_LENGTH = 500;
    static final int MAX_LAB_NAME_LENGTH = 120;
    static final String NOT_FASTING_GLUCOSE = "Glucose not marked fasting: HOMA-IR not calculated. It is defined for "
            + "fasting glucose and fasting insulin; correct the result to fasting glucose if the sample was fasting.";
    static final String NOT_FASTING_INSULIN = "Insulin not marked fasting: HOMA-IR not calculated. It is defined for "
            + "fasting glucose and fasting insulin; correct the result to fasting insulin if the sample was fasting.";

    private final LabReportRepository reports;
    private final LabResultRepository results;
    private final LabResultChangeRepository changes;
    private final ResultRecorder recorder;
    private final AuditTrail audit;
    private final Clock clock;
    private final MarkerCatalogue catalogue = MarkerCatalogue.standard();
    private final CalculatedFreeTestosterone freeTestosterone = new CalculatedFreeTestosterone(catalogue);
    private final HomaIr homaIr = new HomaIr(catalogue);
    private final TestosteroneEstradiolRatio ratio = new TestosteroneEstradiolRatio(catalogue);

    LabService(LabReportRepository reports, LabResultRepository results, LabResultChangeRepository changes,
               ResultRecorder recorder, AuditTrail audit, Clock clock) {
        this.reports = reports;
        this.results = results;
        this.changes = changes;
        this.recorder = recorder;
        this.audit = audit;
        this.clock = clock;
    }

    /** The markers, units and default ranges results are checked against. */
    @SeesRecords
    public MarkerCatalogue catalogue() {
        return catalogue;
    }

    /**
     * Saves a report with all its results, or nothing. Problems are reported per row, at fields named
     * {@code results[i].marker}, {@code .value}, {@code .unit}, {@code .range} and {@code .method}, and at
     * {@code collectedOn}, {@code labName} and {@code results} for the report as a whole.
     */
    @Transactional
    public StoredReport saveReport(long patientId, @Nullable LocalDate collectedOn, @Nullable String labName,
                                   List<EnteredResult> entered) {
        PatientIdentity patient = recorder.patient(patientId);
        var problems = new InvalidInputException.Collector();
        if (collectedOn == null) {
            problems.reject("collectedOn", "Enter the collection date.");
        } else {
            checkCollectionDate(collectedOn, patient, problems);
        }
        String lab = blankToNull(labName);
        if (lab != null && lab.length() > MAX_LAB_NAME_LENGTH) {
            problems.reject("labName", "Keep the lab name to " + MAX_LAB_NAME_LENGTH + " characters or fewer.");
        }
        if (entered.isEmpty()) {
            problems.reject("results", "Enter at least one result.");
        }
        Integer age = collectedOn == null || problems.has("collectedOn") ? null : patient.ageOn(collectedOn);
        Set<String> known = new HashSet<>(results.activeFingerprints(patientId));
        Map<MarkerKey, Integer> seen = new HashMap<>();
        List<Ready> ready = new ArrayList<>();
        for (int i = 0; i < entered.size(); i++) {
            String prefix = "results[" + i + "].";
            EnteredResult row = entered.get(i);
            Checked result = check(row, age, prefix, problems);
            if (result == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(result.value().marker().key(), i);
            if (earlier != null) {
                problems.reject(prefix + "marker", result.value().marker().name() + " is already in row "
                        + (earlier + 1) + " of this report.");
            } else if (collectedOn != null && !problems.has("collectedOn")) {
                String fingerprint = ResultRecorder.fingerprint(collectedOn, result.value());
                if (known.contains(fingerprint)) {
                    problems.reject(prefix + "value", alreadyRecorded(result.value()));
                }
                ready.add(new Ready(result.value(), result.method(), fingerprint));
            }
        }
        problems.throwIfAny();

        var report = recorder.newReport(patientId, Objects.requireNonNull(collectedOn), lab, ReportSource.ENTERED, null);
        List<LabResult> saved = results.saveAll(ready.stream()
                .map(r -> new LabResult(report, r.value(), r.method(), r.fingerprint()))
                .toList());
        recorder.flushRefusingDuplicates();
        audit.record(AuditAction.CREATE, patientId, subject(report),
                "Entered " + saved.size() + (saved.size() == 1 ? " result" : " results"));
        return stored(report, saved);
    }

    /** The patient's reports that are not deleted, newest collection date first. */
    @SeesRecords
    public List<StoredReport> reportsOf(long patientId) {
        List<StoredReport> found = storedReports(patientId);
        audit.record(AuditAction.READ, patientId, "lab results", "Viewed the lab reports");
        return found;
    }

    /**
     * The reports and the derived markers of every collection date, for a cumulative view: two queries and
     * one audit record, however many dates and markers there are.
     */
    @SeesRecords
    public CumulativeResults cumulative(long patientId) {
        List<StoredReport> found = storedReports(patientId);
        audit.record(AuditAction.READ, patientId, "lab results", "Viewed the cumulative lab results");
        // Oldest entry first, so that a marker measured twice on one day ends with its later entry.
        Map<LocalDate, Map<MarkerKey, ReportedValue>> byDate = new HashMap<>();
        found.stream().flatMap(report -> report.results().stream())
                .sorted(Comparator.comparingLong(StoredResult::id))
                .forEach(result -> byDate.computeIfAbsent(result.collectedOn(), day -> new HashMap<>())
                        .put(result.marker().key(), result.reported()));
        Map<LocalDate, DerivedMarkers> derived = new HashMap<>();
        byDate.forEach((day, sameDay) -> derived.put(day, derive(day, sameDay)));
        return new CumulativeResults(found, derived);
    }

    private List<StoredReport> storedReports(long patientId) {
        List<LabReport> found = reports.findByPatientIdAndDeletedAtIsNullOrderByCollectedOnDescIdDesc(patientId);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LabResult>> byReport = results.findByReportIdInAndDeletedAtIsNullOrderByIdAsc(
                        found.stream().map(LabReport::id).toList())
                .stream().collect(Collectors.groupingBy(LabResult::reportId));
        return found.stream().map(report -> stored(report, byReport.getOrDefault(report.id(), List.of()))).toList();
    }

    /**
     * Every result of the patient that is not deleted, oldest first, for another feature that reads them
     * as inputs and records its own audited read (the marker tables). Not audited here, like
     * {@code PatientService.identity}: the caller's action is what the clinician did.
     */
    @SeesRecords
    public List<StoredResult> resultsForAssessment(long patientId) {
        List<LabReport> found = reports.findByPatientIdAndDeletedAtIsNullOrderByCollectedOnDescIdDesc(patientId);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LabResult>> byReport = results.findByReportIdInAndDeletedAtIsNullOrderByIdAsc(
                        found.stream().map(LabReport::id).toList())
                .stream().collect(Collectors.groupingBy(LabResult::reportId));
        return found.reversed().stream()
                .flatMap(report -> stored(report, byReport.getOrDefault(report.id(), List.of())).results().stream())
                .toList();
    }

    /**
     * {@link #resultsForAssessment(long)} for many patients in two queries, for refreshing summaries a batch
     * at a time; a patient without results has no entry.
     */
    @SeesRecords
    public Map<Long, List<StoredResult>> resultsForAssessment(java.util.Collection<Long> patientIds) {
        Map<Long, LabReport> live = reports.findByPatientIdInAndDeletedAtIsNull(patientIds).stream()
                .collect(Collectors.toMap(LabReport::id, report -> report));
        Map<Long, List<StoredResult>> byPatient = new HashMap<>();
        for (LabResult result : results.findByPatientIdInAndDeletedAtIsNull(patientIds)) {
            LabReport report = live.get(result.reportId());
            if (report != null) {
                byPatient.computeIfAbsent(result.patientId(), id -> new ArrayList<>())
                        .addAll(stored(report, List.of(result)).results());
            }
        }
        return byPatient;
    }

    /** A marker's values over time, oldest first, in the canonical unit; deleted results are left out. */
    @SeesRecords
    public List<TrendPoint> series(long patientId, MarkerKey markerKey) {
        Marker marker = catalogue.get(markerKey);
        List<LabResult> found = results.findByPatientIdAndMarkerKeyAndDeletedAtIsNullOrderByCollectedOnAscIdAsc(
                patientId, markerKey.value());
        audit.record(AuditAction.READ, patientId, "lab results", "Viewed the " + marker.name() + " trend");
        return found.stream().map(result -> trendPoint(marker, result)).toList();
    }

    /**
     * {@link #series(long, MarkerKey)} of several markers in one query and one audit record, for a view that
     * shows them together (the recovery curve); every marker asked for has an entry, empty when unmeasured.
     */
    @SeesRecords
    public Map<MarkerKey, List<TrendPoint>> series(long patientId, java.util.Collection<MarkerKey> markerKeys) {
        Map<MarkerKey, List<TrendPoint>> byMarker = new java.util.LinkedHashMap<>();
        markerKeys.forEach(key -> byMarker.put(key, new ArrayList<>()));
        if (markerKeys.isEmpty()) {
            return byMarker;
        }
        List<LabResult> found = results.findByPatientIdAndMarkerKeyInAndDeletedAtIsNullOrderByCollectedOnAscIdAsc(
                patientId, markerKeys.stream().map(MarkerKey::value).toList());
        audit.record(AuditAction.READ, patientId, "lab results", "Viewed the trends of " + markerKeys.stream()
                .map(key -> catalogue.get(key).name()).collect(Collectors.joining(", ")));
        for (LabResult result : found) {
            MarkerKey key = result.markerKey();
            byMarker.get(key).add(trendPoint(catalogue.get(key), result));
        }
        return byMarker;
    }

    private TrendPoint trendPoint(Marker marker, LabResult result) {
        return new TrendPoint(result.id(), result.collectedOn(), result.canonical(), result.reported(), result.flag(),
                canonicalRange(marker, result.range()), result.rangeOrigin());
    }

    /**
     * Calculated free and bioavailable testosterone, HOMA-IR and the testosterone/estradiol ratio from
     * results of one collection date. When a marker was measured twice that day the later entry counts.
     * A censored input ("&lt; 5 pg/mL") gives a bound or no result, never a number read as exact; glucose or
     * insulin not known to be fasting never enters HOMA-IR, and {@code notCalculated} says so.
     */
    @SeesRecords
    public DerivedMarkers derivedMarkers(long patientId, LocalDate collectedOn) {
        Map<MarkerKey, ReportedValue> sameDay = new HashMap<>();
        results.findByPatientIdAndCollectedOnAndDeletedAtIsNullOrderByIdAsc(patientId, collectedOn)
                .forEach(result -> sameDay.put(result.markerKey(), result.reported()));
        audit.record(AuditAction.READ, patientId, "lab results", "Viewed the derived markers of a collection date");
        return derive(collectedOn, sameDay);
    }

    private DerivedMarkers derive(LocalDate collectedOn, Map<MarkerKey, ReportedValue> sameDay) {
        List<String> missing = new ArrayList<>();
        Map<DerivedMarkers.Calculation, String> failed = new EnumMap<>(DerivedMarkers.Calculation.class);

        CalculatedFreeTestosterone.Result free = null;
        ReportedValue totalT = sameDay.get(MarkerKey.TOTAL_TESTOSTERONE);
        ReportedValue shbg = sameDay.get(MarkerKey.SHBG);
        if (totalT != null && shbg != null) {
            free = calculated(() -> freeTestosterone.calculate(totalT, shbg, sameDay.get(MarkerKey.ALBUMIN)),
                    DerivedMarkers.Calculation.FREE_TESTOSTERONE,
                    "Free and bioavailable testosterone", missing, failed);
        } else {
            missing.add("Free and bioavailable testosterone need total testosterone and SHBG of the same day.");
        }

        HomaIr.Result homa = null;
        ReportedValue glucose = sameDay.get(MarkerKey.FASTING_GLUCOSE);
        ReportedValue insulin = sameDay.get(MarkerKey.FASTING_INSULIN);
        if (glucose != null && insulin != null) {
            homa = calculated(() -> homaIr.calculate(glucose, insulin), DerivedMarkers.Calculation.HOMA_IR, "HOMA-IR",
                    missing, failed);
        } else if (glucose == null && sameDay.containsKey(MarkerKey.GLUCOSE)) {
            missing.add(NOT_FASTING_GLUCOSE);
        } else if (insulin == null && sameDay.containsKey(MarkerKey.INSULIN)) {
            missing.add(NOT_FASTING_INSULIN);
        } else {
            missing.add("HOMA-IR needs fasting glucose and fasting insulin of the same day.");
        }

        TestosteroneEstradiolRatio.Result te = null;
        // The ratio's cut-off comes from immunoassay data, so an estradiol of unknown method may enter it (the
        // result says so); the sensitive assay wins when both were measured.
        MarkerKey estradiolKey = sameDay.containsKey(MarkerKey.ESTRADIOL) ? MarkerKey.ESTRADIOL
                : MarkerKey.ESTRADIOL_METHOD_UNKNOWN;
        ReportedValue estradiol = sameDay.get(estradiolKey);
        if (totalT != null && estradiol != null) {
            te = calculated(() -> ratio.calculate(totalT, estradiol, catalogue.get(estradiolKey)),
                    DerivedMarkers.Calculation.TESTOSTERONE_ESTRADIOL_RATIO, "The testosterone/estradiol ratio",
                    missing, failed);
        } else {
            missing.add("The testosterone/estradiol ratio needs total testosterone and estradiol of the same day.");
        }
        return new DerivedMarkers(collectedOn, free, homa, te, missing, failed);
    }

    /**
     * Corrects a result (value, unit, lab range, method; the marker stays). The result as it was is kept
     * with the reason. Problems are reported at {@code value}, {@code unit}, {@code range}, {@code method}
     * and {@code reason}.
     */
    @Transactional
    public StoredResult updateResult(long resultId, long expectedReportVersion, EnteredResult change, String reason) {
        LabResult result = loadResult(resultId);
        LabReport report = loadReport(result.reportId(), expectedReportVersion);
        PatientIdentity patient = recorder.patient(report.patientId());
        var problems = new InvalidInputException.Collector();
        String why = checkReason(reason, "change", problems);
        if (change.marker() != null && !change.marker().equals(result.markerKey())) {
            problems.reject("marker", "The marker of a result cannot be changed: delete it and enter the right one.");
        }
        EnteredResult sameMarker = new EnteredResult(result.markerKey(), change.value(), change.unit(),
                change.labLow(), change.labHigh(), change.method());
        Checked checked = check(sameMarker, patient.ageOn(report.collectedOn()), "", problems);
        String fingerprint = null;
        if (checked != null) {
            fingerprint = ResultRecorder.fingerprint(report.collectedOn(), checked.value());
            if (!fingerprint.equals(result.fingerprintOrNull())
                    && results.existsByPatientIdAndFingerprint(report.patientId(), fingerprint)) {
                problems.reject("value", alreadyRecorded(checked.value()));
            }
        }
        problems.throwIfAny();
        Checked valid = Objects.requireNonNull(checked);
        changes.save(new LabResultChange(result, LabResultChange.Kind.UPDATE, why, currentUser(), clock.instant()));
        result.apply(valid.value(), valid.method(), Objects.requireNonNull(fingerprint));
        report.touch(clock.instant());
        flushReport(report);
        audit.record(AuditAction.UPDATE, report.patientId(), subject(report),
                "Changed " + valid.value().marker().name() + ": reason given");
        return stored(report, List.of(result)).results().getFirst();
    }

    /** Deletes a result: hidden from lists and trends, kept with the reason. */
    @Transactional
    public void deleteResult(long resultId, long expectedReportVersion, String reason) {
        LabResult result = loadResult(resultId);
        LabReport report = loadReport(result.reportId(), expectedReportVersion);
        var problems = new InvalidInputException.Collector();
        String why = checkReason(reason, "deletion", problems);
        problems.throwIfAny();
        changes.save(new LabResultChange(result, LabResultChange.Kind.DELETE, why, currentUser(), clock.instant()));
        result.delete(currentUser(), why, clock.instant());
        report.touch(clock.instant());
        flushReport(report);
        audit.record(AuditAction.DELETE, report.patientId(), subject(report),
                "Deleted " + catalogue.get(result.markerKey()).name() + ": reason given");
    }

    /** Deletes a report and its results: hidden from lists and trends, kept with the reason. */
    @Transactional
    public void deleteReport(long reportId, long expectedVersion, String reason) {
        LabReport report = loadReport(reportId, expectedVersion);
        var problems = new InvalidInputException.Collector();
        String why = checkReason(reason, "deletion", problems);
        problems.throwIfAny();
        String by = currentUser();
        for (LabResult result : results.findByReportIdAndDeletedAtIsNull(reportId)) {
            changes.save(new LabResultChange(result, LabResultChange.Kind.DELETE, why, by, clock.instant()));
            result.delete(by, why, clock.instant());
        }
        report.delete(by, why, clock.instant());
        flushReport(report);
        audit.record(AuditAction.DELETE, report.patientId(), subject(report), "Deleted the report: reason given");
    }

    private record Checked(FlaggedValue value, @Nullable String method) {
    }

    private record Ready(FlaggedValue value, @Nullable String method, String fingerprint) {
    }

    /** Checks one entered row; returns null when it has problems, which are collected under {@code prefix}. */
    private @Nullable Checked check(EnteredResult row, @Nullable Integer age, String prefix,
                                    InvalidInputException.Collector problems) {
        int before = problemsCount(problems, prefix);
        Marker marker = row.marker() == null ? null : catalogue.find(row.marker()).orElse(null);
        if (marker == null) {
            problems.reject(prefix + "marker", "Choose a marker.");
        }
        ReportedValue value = null;
        if (row.value() == null || row.value().isBlank()) {
            problems.reject(prefix + "value", "Enter the value.");
        } else if (row.unit() != null) {
            try {
                value = ReportedValue.parse(row.value(), row.unit());
                if (value.quantity().value().scale() > LabResult.MAX_REPORTED_SCALE) {
                    problems.reject(prefix + "value", "Enter at most " + LabResult.MAX_REPORTED_SCALE + " decimal places.");
                }
            } catch (InvalidInputException refusal) {
                refusal.fieldErrors().forEach((field, message) -> problems.reject(prefix + field, message));
            }
        }
        if (row.unit() == null) {
            problems.reject(prefix + "unit", "Choose the unit.");
        } else if (marker != null && !marker.accepts(row.unit())) {
            problems.reject(prefix + "unit", marker.unitRefusal(row.unit().symbol()));
        }
        String method = blankToNull(row.method());
        if (method != null && method.length() > MAX_METHOD_LENGTH) {
            problems.reject(prefix + "method", "Keep the method to " + MAX_METHOD_LENGTH + " characters or fewer.");
        }
        ReferenceRange labRange = null;
        if (row.labLow() != null || row.labHigh() != null) {
            if (row.labLow() != null && row.labHigh() != null && row.labLow().compareTo(row.labHigh()) > 0) {
                problems.reject(prefix + "range", "The lab's low limit is above its high limit.");
            } else if ((row.labLow() != null && row.labLow().signum() < 0)
                    || (row.labHigh() != null && row.labHigh().signum() < 0)) {
                problems.reject(prefix + "range", "A reference limit cannot be negative.");
            } else if (row.unit() != null) {
                labRange = new ReferenceRange(row.labLow(), row.labHigh(), row.unit());
            }
        }
        if (marker == null || value == null || row.unit() == null || problemsCount(problems, prefix) > before) {
            return null;
        }
        try {
            return new Checked(marker.evaluate(value, labRange, age), method);
        } catch (InvalidInputException refusal) {
            // The catalogue names its fields value, unit and range: place them on this row.
            refusal.fieldErrors().forEach((field, message) -> problems.reject(prefix + field, message));
            return null;
        }
    }

    private static int problemsCount(InvalidInputException.Collector problems, String prefix) {
        int count = 0;
        for (String field : List.of("marker", "value", "unit", "range", "method")) {
            if (problems.has(prefix + field)) {
                count++;
            }
        }
        return count;
    }

    private void checkCollectionDate(LocalDate collectedOn, PatientIdentity patient, InvalidInputException.Collector problems) {
        if (collectedOn.isAfter(LocalDate.now(clock))) {
            problems.reject("collectedOn", "The collection date cannot be in the future.");
        } else if (collectedOn.isBefore(patient.dateOfBirth())) {
            problems.reject("collectedOn", "The collection date is before the patient's date of birth.");
        }
    }

    private static String checkReason(@Nullable String reason, String what, InvalidInputException.Collector problems) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            problems.reject("reason", "Give a reason for the " + what + ".");
        } else if (why.length() > MAX_REASON_LENGTH) {
            problems.reject("reason", "Keep the reason to " + MAX_REASON_LENGTH + " characters or fewer.");
        }
        return why;
    }

    private static String alreadyRecorded(FlaggedValue value) {
        return value.marker().name() + " " + value.reported() + " of this collection date is already recorded.";
    }

    private <T> @Nullable T calculated(java.util.function.Supplier<T> calculation, DerivedMarkers.Calculation which,
                                       String what, List<String> missing, Map<DerivedMarkers.Calculation, String> failed) {
        try {
            return calculation.get();
        } catch (InvalidInputException e) {
            String why = what + " could not be calculated: " + e.getMessage();
            missing.add(why);
            failed.put(which, why);
            return null;
        }
    }

    private @Nullable ReferenceRange canonicalRange(Marker marker, @Nullable ReferenceRange range) {
        if (range == null) {
            return null;
        }
        Function<@Nullable BigDecimal, @Nullable BigDecimal> toCanonical = limit -> limit == null ? null
                : marker.toCanonical(new Quantity(limit, range.unit())).value();
        return new ReferenceRange(toCanonical.apply(range.low()), toCanonical.apply(range.high()),
                marker.canonicalUnit());
    }

    private LabResult loadResult(long resultId) {
        return results.findById(resultId).filter(result -> !result.isDeleted())
                .orElseThrow(() -> InvalidInputException.of("result", "This result no longer exists."));
    }

    private LabReport loadReport(long reportId, long expectedVersion) {
        var report = reports.findById(reportId).filter(found -> !found.isDeleted())
                .orElseThrow(() -> InvalidInputException.of("report", "This lab report no longer exists."));
        if (report.version() != expectedVersion) {
            throw new ConcurrentEditException("This lab report");
        }
        return report;
    }

    private void flushReport(LabReport report) {
        try {
            reports.saveAndFlush(report);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("This lab report");
        }
    }

    private StoredReport stored(LabReport report, List<LabResult> found) {
        return new StoredReport(report.id(), report.version(), report.collectedOn(), report.labName(), report.source(),
                found.stream().map(result -> new StoredResult(result.id(), report.id(), report.version(),
                        result.collectedOn(), catalogue.get(result.markerKey()), result.reported(), result.canonical(),
                        result.range(), result.rangeOrigin(), result.rangeSource(), result.flag(), result.method()))
                        .toList());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
