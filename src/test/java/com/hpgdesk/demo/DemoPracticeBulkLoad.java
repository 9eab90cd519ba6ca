package com.hpgdesk.demo;

import com.hpgdesk.lab.MarkerCatalogue;
import com.hpgdesk.lab.ReferenceRange;
import com.hpgdesk.lab.ReportedValue;
import com.hpgdesk.lifestyle.LifestyleMeasure;
import com.hpgdesk.patient.CourseDetails;
import com.hpgdesk.protocol.ProtocolRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Loads the demo practice at benchmark scale with batched JDBC inserts: the same deterministic patients,
 * courses, protocols, labs and lifestyle weeks as the demo seeding, without going through the services (which
 * validate and audit every row and take about a minute per thousand patients). Labs are cut to the latest
 * reports up to {@code resultsPerPatient} results, so 100,000 patients make about two million results. Ids start
 * at {@code firstId} so they never meet the rows the application creates itself. Search names are the plain
 * lower-case name, not the transliterated forms the registry stores: the benchmark does not measure search
 * quality.
 */
public final class DemoPracticeBulkLoad {

    public record Loaded(int patients, long courses, long protocols, long reports, long results, long weeks) {}

    private static final int BATCH = 2_000;
    private final MarkerCatalogue catalogue = MarkerCatalogue.standard();
    private final LocalDate today;
    private final int resultsPerPatient;

    public DemoPracticeBulkLoad(LocalDate today, int resultsPerPatient) {
        this.today = today;
        this.resultsPerPatient = resultsPerPatient;
    }

    public Loaded load(DataSource dataSource, int count, int firstIndex, long firstId, List<Long> clinicians)
            throws SQLException {
        var generator = new DemoPracticeGenerator(DemoPracticeGenerator.DEFAULT_SEED, today);
        var histories = new DemoClinicalHistory(today);
        Timestamp now = Timestamp.from(Instant.now());
        long courseId = firstId;
        long protocolId = firstId;
        long medicationId = firstId;
        long reportId = firstId;
        long resultId = firstId;
        long weekId = firstId;
        long courses = 0;
        long protocols = 0;
        long reports = 0;
        long results = 0;
        long weeks = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // The rows are made consistent here: checking each reference again doubles H2's work per row.
            boolean h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
            if (h2) {
                try (var off = connection.createStatement()) {
                    off.execute("set referential_integrity false");
                }
            }
            try (var patient = connection.prepareStatement("insert into patient (id, record_number, record_number_key,"
                    + " given_name, family_name, search_name, date_of_birth, responsible_clinician_id, status,"
                    + " created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, 0)");
                 var course = connection.prepareStatement("insert into androgen_course (id, patient_id, kind,"
                         + " dose_amount, dose_unit, dosing_interval_days, started_on, last_dose_on, ongoing_patient_id,"
                         + " version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                 var compound = connection.prepareStatement(
                         "insert into androgen_course_compound (course_id, compound) values (?, ?)");
                 var protocol = connection.prepareStatement("insert into restart_protocol (id, patient_id, name, kind,"
                         + " status, planned_start, started_on, ended_on, stop_reason, created_at, updated_at, version)"
                         + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                 var medication = connection.prepareStatement("insert into protocol_medication (id, protocol_id, drug,"
                         + " dose, unit, route, frequency, start_on, end_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 var report = connection.prepareStatement("insert into lab_report (id, patient_id, collected_on,"
                         + " lab_name, source, created_at, created_by, updated_at, version)"
                         + " values (?, ?, ?, ?, 'ENTERED', ?, 'bench', ?, 0)");
                 var result = connection.prepareStatement("insert into lab_result (id, report_id, patient_id,"
                         + " collected_on, marker_key, reported_value, reported_scale, reported_unit, canonical_value,"
                         + " canonical_unit, range_low, range_high, range_unit, range_origin, flag, reported_censoring)"
                         + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 var week = connection.prepareStatement("insert into lifestyle_entry (id, patient_id, week_of,"
                         + " fibre_g_per_day, sleep_hours_per_night, stress_rating, weight_kg, height_cm, recorded_by,"
                         + " created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?, ?, 0)")) {
                for (int i = 0; i < count; i++) {
                    int index = firstIndex + i;
                    long patientId = firstId + i;
                    var plan = generator.patient(index, clinicians);
                    var details = plan.details();
                    patient.setLong(1, patientId);
                    patient.setString(2, details.recordNumber());
                    patient.setString(3, details.recordNumber().toUpperCase(Locale.ROOT));
                    patient.setString(4, details.givenName());
                    patient.setString(5, details.familyName());
                    patient.setString(6, (details.familyName() + " " + details.givenName()).toLowerCase(Locale.ROOT));
                    patient.setDate(7, Date.valueOf(details.dateOfBirth()));
                    patient.setLong(8, clinicians.get(i % clinicians.size()));
                    patient.setTimestamp(9, now);
                    patient.setTimestamp(10, now);
                    patient.addBatch();
                    for (CourseDetails planned : plan.courses()) {
                        course.setLong(1, courseId);
                        course.setLong(2, patientId);
                        course.setString(3, planned.kind().name());
                        course.setBigDecimal(4, planned.doseAmount());
                        course.setString(5, planned.doseUnit().name());
                        course.setInt(6, planned.dosingIntervalDays());
                        course.setDate(7, Date.valueOf(planned.startedOn()));
                        setDate(course, 8, planned.lastDoseOn());
                        if (planned.ongoing()) {
                            course.setLong(9, patientId);
                        } else {
                            course.setNull(9, Types.BIGINT);
                        }
                        course.addBatch();
                        for (var each : planned.compounds()) {
                            compound.setLong(1, courseId);
                            compound.setString(2, each.name());
                            compound.addBatch();
                        }
                        courseId++;
                        courses++;
                    }
                    var history = histories.of(plan, DemoPracticeGenerator.DEFAULT_SEED);
                    for (ProtocolRecord planned : history.protocols()) {
                        protocol.setLong(1, protocolId);
                        protocol.setLong(2, patientId);
                        protocol.setString(3, planned.details().name());
                        protocol.setString(4, planned.details().kind().name());
                        protocol.setString(5, planned.status().name());
                        protocol.setDate(6, Date.valueOf(planned.details().plannedStart()));
                        setDate(protocol, 7, planned.startedOn());
                        setDate(protocol, 8, planned.endedOn());
                        protocol.setString(9, planned.stopReason());
                        protocol.setTimestamp(10, now);
                        protocol.setTimestamp(11, now);
                        protocol.addBatch();
                        for (var drug : planned.medications()) {
                            medication.setLong(1, medicationId++);
                            medication.setLong(2, protocolId);
                            medication.setString(3, drug.drug().name());
                            medication.setBigDecimal(4, drug.dose());
                            medication.setString(5, drug.unit().name());
                            medication.setString(6, drug.route().name());
                            medication.setString(7, drug.frequency().name());
                            medication.setDate(8, Date.valueOf(drug.startOn()));
                            setDate(medication, 9, drug.endOn());
                            medication.addBatch();
                        }
                        protocolId++;
                        protocols++;
                    }
                    var kept = latestReports(history.labs());
                    int age = Period.between(details.dateOfBirth(), today).getYears();
                    for (var planned : kept) {
                        report.setLong(1, reportId);
                        report.setLong(2, patientId);
                        report.setDate(3, Date.valueOf(planned.collectedOn()));
                        report.setString(4, planned.labName());
                        report.setTimestamp(5, now);
                        report.setTimestamp(6, now);
                        report.addBatch();
                        for (var entered : planned.results()) {
                            var marker = catalogue.get(entered.marker());
                            var reported = ReportedValue.parse(entered.value(), entered.unit());
                            ReferenceRange labRange = null;
                            var flagged = marker.evaluate(reported, labRange, age);
                            var range = flagged.range();
                            result.setLong(1, resultId++);
                            result.setLong(2, reportId);
                            result.setLong(3, patientId);
                            result.setDate(4, Date.valueOf(planned.collectedOn()));
                            result.setString(5, marker.key().value());
                            BigDecimal value = flagged.reported().quantity().value();
                            int scale = Math.max(0, value.scale());
                            result.setBigDecimal(6, value.setScale(scale, RoundingMode.UNNECESSARY));
                            result.setInt(7, scale);
                            result.setString(8, flagged.reported().unit().name());
                            result.setBigDecimal(9, flagged.canonical().quantity().value().setScale(10, RoundingMode.HALF_UP));
                            result.setString(10, flagged.canonical().unit().name());
                            result.setBigDecimal(11, range == null ? null : range.low());
                            result.setBigDecimal(12, range == null ? null : range.high());
                            result.setString(13, range == null ? null : range.unit().name());
                            result.setString(14, flagged.rangeOrigin().name());
                            result.setString(15, flagged.flag().name());
                            result.setString(16, flagged.reported().censoring().name());
                            result.addBatch();
                            results++;
                        }
                        reportId++;
                        reports++;
                    }
                    for (var planned : history.lifestyle()) {
                        week.setLong(1, weekId++);
                        week.setLong(2, patientId);
                        week.setDate(3, Date.valueOf(planned.weekOf()));
                        week.setBigDecimal(4, planned.numbers().get(LifestyleMeasure.FIBRE));
                        week.setBigDecimal(5, planned.numbers().get(LifestyleMeasure.SLEEP_HOURS));
                        week.setBigDecimal(6, planned.numbers().get(LifestyleMeasure.STRESS));
                        week.setBigDecimal(7, planned.numbers().get(LifestyleMeasure.WEIGHT));
                        week.setBigDecimal(8, planned.numbers().get(LifestyleMeasure.HEIGHT));
                        week.setTimestamp(9, now);
                        week.setTimestamp(10, now);
                        week.addBatch();
                        weeks++;
                    }
                    if ((i + 1) % BATCH == 0 || i == count - 1) {
                        for (PreparedStatement statement : List.of(patient, course, compound, protocol, medication,
                                report, result, week)) {
                            statement.executeBatch();
                        }
                        connection.commit();
                    }
                }
            } finally {
                if (h2) {
                    try (var on = connection.createStatement()) {
                        on.execute("set referential_integrity true");
                    }
                }
            }
        }
        return new Loaded(count, courses, protocols, reports, results, weeks);
    }

    /** The latest reports, newest first, up to the result budget per patient; at least the latest report. */
    private List<DemoClinicalHistory.LabReportPlan> latestReports(List<DemoClinicalHistory.LabReportPlan> all) {
        var newestFirst = new ArrayList<>(all);
        newestFirst.sort((a, b) -> b.collectedOn().compareTo(a.collectedOn()));
        var kept = new ArrayList<DemoClinicalHistory.LabReportPlan>();
        int budget = resultsPerPatient;
        for (var report : newestFirst) {
            if (!kept.isEmpty() && report.results().size() > budget) {
                break;
            }
            kept.add(report);
            budget -= report.results().size();
        }
        return kept;
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }
}
