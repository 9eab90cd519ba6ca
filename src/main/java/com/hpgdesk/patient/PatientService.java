package com.hpgdesk.patient;

import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.base.ConcurrentEditException;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.base.SeesRecords;
import com.hpgdesk.security.AccountService;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import com.hpgdesk.history.RecordHistory;
import com.hpgdesk.history.RecordKind;
import com.hpgdesk.history.RecordVersion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient registry: registration, search, the record with its androgen history and notes, and
 * discharge. Open to clinicians (practice leads hold the clinician role too). Every read and change of
 * a patient's data is written to the audit trail.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('CLINICIAN')")
public class PatientService {

    private static final List<DateTimeFormatter> BIRTH_DATE_FORMS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d/M/uuuu"));
    static final Sort LIST_ORDER = Sort.by("familyName", "givenName", "recordNumber");

    private final PatientRepository patients;
    private final AndrogenCourseRepository courses;
    private final ClinicalNoteRepository notes;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final RecordHistory history;

    PatientService(PatientRepository patients, AndrogenCourseRepository courses, ClinicalNoteRepository notes,
                   AccountService accounts, AuditTrail audit, Clock clock, RecordHistory history) {
        this.patients = patients;
        this.courses = courses;
        this.notes = notes;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.history = history;
    }

    @SeesRecords
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** One page of the registry. The first page of a search or a browse is audited (later pages repeat it). */
    @SeesRecords
    public List<Patient> search(PatientQuery query, Pageable page) {
        var pageable = page.getSort().isSorted() ? page
                : org.springframework.data.domain.PageRequest.of(page.getPageNumber(), page.getPageSize(), LIST_ORDER);
        var found = patients.findAll(specificationFor(query), pageable).getContent();
        if (page.getOffset() == 0) {
            // Browsing without a search text shows names and birth dates just the same.
            audit.record(AuditAction.READ, null, "patient search",
                    (query.text().isEmpty() ? "Browsed the registry (" : "Searched the registry (")
                            + found.size() + (found.size() == page.getPageSize() ? "+" : "") + " shown)");
        }
        return found;
    }

    @SeesRecords
    public long count(PatientQuery query) {
        return patients.count(specificationFor(query));
    }

    /**
     * A text that is exactly a record number finds that patient through the index alone; otherwise the
     * text is also matched against names, which needs a scan of the folded names.
     */
    private Specification<Patient> specificationFor(PatientQuery query) {
        boolean exactRecordNumber = !query.text().isEmpty()
                && patients.existsByRecordNumberKey(Patient.recordNumberKey(query.text()));
        return matching(query, exactRecordNumber);
    }

    /** Opens a patient's record. Empty when no such patient exists. */
    @SeesRecords
    public Optional<PatientRecord> open(long patientId) {
        var patient = patients.findById(patientId);
        patient.ifPresent(found -> audit.record(AuditAction.READ, patientId, "patient record", "Opened the record"));
        return patient.map(found -> new PatientRecord(found,
                courses.findByPatientIdOrderByStartedOnAsc(patientId),
                notes.findByPatientIdOrderByNotedOnDescCreatedAtDesc(patientId),
                clinicianName(found.getResponsibleClinicianId()),
                today()));
    }

    /**
     * What another feature needs to check input against a patient (record number for imports, date of birth
     * for age-banded ranges), without opening the record. Not audited as a read: the caller's own action,
     * which is audited, is what the clinician did.
     */
    @SeesRecords
    public Optional<PatientIdentity> identity(long patientId) {
        return patients.findById(patientId)
                .map(found -> new PatientIdentity(patientId, found.getRecordNumber(), found.getDateOfBirth()));
    }

    /**
     * The language he reads his handouts in, as a handout template set's name (e.g. "es"); empty until a
     * clinician chooses one. Not audited as a read, like {@link #identity}: the handout made with it is.
     */
    @SeesRecords
    public Optional<String> handoutLanguage(long patientId) {
        return patients.findById(patientId).map(Patient::getHandoutLanguage);
    }

    /**
     * Remembers his handout language, or forgets it with null. Checked here as a language tag only; which
     * template sets exist is the handout feature's to check. Leaves the record's version alone (see
     * {@link PatientRepository#setHandoutLanguage}) and is audited as a change of the patient.
     */
    @Transactional
    public void chooseHandoutLanguage(long patientId, @Nullable String language) {
        String tag = language == null || language.isBlank() ? null : language.strip();
        if (tag != null && (tag.length() > 35 || !tag.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*"))) {
            throw InvalidInputException.of("handoutLanguage",
                    "A handout language is a language tag such as es or pt-BR.");
        }
        Patient patient = patients.findById(patientId).orElseThrow(PatientService::noSuchPatient);
        String before = patient.getHandoutLanguage();
        if (Objects.equals(before, tag)) {
            return;
        }
        patients.setHandoutLanguage(patientId, tag);
        audit.record(AuditAction.UPDATE, patientId, "patient", "Changed the handout language from "
                + (before == null ? "none" : before) + " to " + (tag == null ? "none" : tag));
    }

    @Transactional
    public Patient register(PatientDetails details) {
        var problems = PatientRules.checkPatient(details, today());
        if (!problems.has("recordNumber") && patients.existsByRecordNumberKey(Patient.recordNumberKey(details.recordNumber()))) {
            problems.reject("recordNumber", duplicateRecordNumber(details.recordNumber()));
        }
        checkClinician(details, problems);
        problems.throwIfAny();
        var patient = new Patient(clock.instant());
        patient.apply(details, clock.instant());
        var saved = patients.saveAndFlush(patient);
        audit.record(AuditAction.CREATE, saved.id(), "patient", "Registered the patient");
        return saved;
    }

    @Transactional
    public Patient update(long patientId, long expectedVersion, PatientDetails details) {
        var patient = load(patientId, expectedVersion);
        var problems = PatientRules.checkPatient(details, today(), patient.getRecordNumber());
        if (!problems.has("recordNumber")
                && patients.existsByRecordNumberKeyAndIdNot(Patient.recordNumberKey(details.recordNumber()), patientId)) {
            problems.reject("recordNumber", duplicateRecordNumber(details.recordNumber()));
        }
        checkClinician(details, problems);
        problems.throwIfAny();
        String changed = changedFields(patient.details(), details);
        keepEarlier(patient);
        patient.apply(details, clock.instant());
        var saved = flush(patient);
        audit.record(AuditAction.UPDATE, patientId, "patient", changed.isEmpty() ? "Saved without changes"
                : "Changed " + changed);
        return saved;
    }

    @Transactional
    public Patient discharge(long patientId, long expectedVersion, LocalDate on, String reason) {
        var patient = load(patientId, expectedVersion);
        var problems = new InvalidInputException.Collector();
        if (patient.getStatus() == PatientStatus.DISCHARGED) {
            problems.reject("status", "This patient is already discharged.");
        }
        if (on.isAfter(today())) {
            problems.reject("dischargedOn", "The discharge date cannot be in the future.");
        }
        if (reason.isBlank()) {
            problems.reject("dischargeReason", "Give a reason for the discharge.");
        } else if (reason.strip().length() > 500) {
            problems.reject("dischargeReason", "Keep the reason to 500 characters or fewer.");
        }
        problems.throwIfAny();
        keepEarlier(patient);
        patient.discharge(on, reason, clock.instant());
        var saved = flush(patient);
        audit.record(AuditAction.UPDATE, patientId, "patient", "Discharged");
        return saved;
    }

    @Transactional
    public Patient readmit(long patientId, long expectedVersion) {
        var patient = load(patientId, expectedVersion);
        if (patient.getStatus() == PatientStatus.ACTIVE) {
            throw InvalidInputException.of("status", "This patient is already active.");
        }
        keepEarlier(patient);
        patient.readmit(clock.instant());
        var saved = flush(patient);
        audit.record(AuditAction.UPDATE, patientId, "patient", "Re-admitted");
        return saved;
    }

    @Transactional
    public AndrogenCourse addCourse(long patientId, CourseDetails details) {
        var patient = patients.findById(patientId).orElseThrow(() -> noSuchPatient());
        PatientRules.checkCourse(details, today(), patient.getDateOfBirth(),
                courses.findByPatientIdOrderByStartedOnAsc(patientId)).throwIfAny();
        var course = new AndrogenCourse(patientId);
        course.apply(details);
        var saved = saveCourse(course);
        audit.record(AuditAction.CREATE, patientId, "androgen course " + saved.getId(),
                "Recorded a " + saved.getKind().label() + " course");
        return saved;
    }

    @Transactional
    public AndrogenCourse updateCourse(long courseId, long expectedVersion, CourseDetails details) {
        var course = loadCourse(courseId, expectedVersion);
        var patient = patients.findById(course.getPatientId()).orElseThrow(() -> noSuchPatient());
        var others = courses.findByPatientIdOrderByStartedOnAsc(course.getPatientId()).stream()
                .filter(other -> !Long.valueOf(courseId).equals(other.getId()))
                .toList();
        PatientRules.checkCourse(details, today(), patient.getDateOfBirth(), others).throwIfAny();
        history.keep(RecordKind.ANDROGEN_COURSE, courseId, course.getPatientId(), RecordVersion.Change.UPDATE,
                RecordHistory.describe(course.details()));
        course.apply(details);
        var saved = saveCourse(course);
        audit.record(AuditAction.UPDATE, course.getPatientId(), "androgen course " + courseId, "Changed the course");
        return saved;
    }

    @Transactional
    public void removeCourse(long courseId, long expectedVersion) {
        var course = loadCourse(courseId, expectedVersion);
        history.keep(RecordKind.ANDROGEN_COURSE, courseId, course.getPatientId(), RecordVersion.Change.DELETE,
                RecordHistory.describe(course.details()));
        courses.delete(course);
        courses.flush();
        audit.record(AuditAction.DELETE, course.getPatientId(), "androgen course " + courseId, "Removed the course");
    }

    /** The patient as he is now, kept before an edit, a discharge or a re-admission replaces it. */
    private void keepEarlier(Patient patient) {
        history.keep(RecordKind.PATIENT, patient.id(), patient.id(), RecordVersion.Change.UPDATE,
                RecordHistory.describe(patient.details(), "Status: " + patient.getStatus(),
                        "Discharged on: " + (patient.getDischargedOn() == null ? "(none)" : patient.getDischargedOn()),
                        "Discharge reason: " + (patient.getDischargeReason() == null ? "(none)"
                                : patient.getDischargeReason())));
    }

    @Transactional
    public ClinicalNote addNote(long patientId, LocalDate notedOn, String body) {
        if (!patients.existsById(patientId)) {
            throw noSuchPatient();
        }
        PatientRules.checkNote(notedOn, body, today()).throwIfAny();
        String author = SecurityContextHolder.getContext().getAuthentication().getName();
        var note = notes.saveAndFlush(new ClinicalNote(patientId, notedOn, body, author, clock.instant()));
        audit.record(AuditAction.CREATE, patientId, "clinical note " + note.getId(), "Added a note");
        return note;
    }

    /** The recovery clock of many patients at once, for practice-wide lists. */
    @SeesRecords
    public java.util.Map<Long, RecoveryClock> recoveryClocks(java.util.Collection<Long> patientIds) {
        var byPatient = new java.util.HashMap<Long, List<AndrogenCourse>>();
        courses.findByPatientIdIn(patientIds).forEach(course ->
                byPatient.computeIfAbsent(course.getPatientId(), id -> new ArrayList<>()).add(course));
        var clocks = new java.util.HashMap<Long, RecoveryClock>();
        LocalDate today = today();
        byPatient.forEach((id, list) -> RecoveryClock.of(list, today).ifPresent(clock -> clocks.put(id, clock)));
        return clocks;
    }

    /**
     * Each patient's name, record number, status and responsible clinician (with his display name), for
     * practice-wide lists that keep them beside the patient's summary. Not audited: it is read to refresh the
     * summaries, and the review that shows them audits each page it shows.
     */
    @SeesRecords
    public java.util.Map<Long, PatientListing> listings(java.util.Collection<Long> patientIds) {
        var names = new java.util.HashMap<Long, String>();
        var byPatient = new java.util.HashMap<Long, PatientListing>();
        for (Patient patient : patients.findAllById(patientIds)) {
            long clinician = patient.getResponsibleClinicianId();
            byPatient.put(patient.getId(), new PatientListing(patient.getId(), patient.getFamilyName(),
                    patient.getGivenName(), patient.getRecordNumber(), patient.getStatus() == PatientStatus.ACTIVE,
                    clinician, names.computeIfAbsent(clinician, this::clinicianName)));
        }
        return byPatient;
    }

    /**
     * Patient ids in ascending order after {@code afterId}, at most {@code limit}: walks the whole registry a batch
     * at a time by its primary key (refreshing every summary), where pages by name would sort every patient again
     * for each batch.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Long> idsAfter(long afterId, int limit) {
        return patients.findIdsAfter(afterId, org.springframework.data.domain.PageRequest.ofSize(limit));
    }

    private void checkClinician(PatientDetails details, InvalidInputException.Collector problems) {
        Long clinicianId = details.responsibleClinicianId();
        if (clinicianId != null && accounts.listActiveClinicians().stream()
                .noneMatch(account -> clinicianId.equals(account.getId()))) {
            problems.reject("responsibleClinicianId", "That clinician's account is not active: choose another.");
        }
    }

    private String clinicianName(long accountId) {
        return accounts.displayNameOf(accountId).orElse("Unknown clinician");
    }

    private static String duplicateRecordNumber(String recordNumber) {
        return "Record number " + Patient.normalRecordNumber(recordNumber) + " already belongs to another patient.";
    }

    private static InvalidInputException noSuchPatient() {
        return InvalidInputException.of("patient", "This patient no longer exists.");
    }

    private Patient load(long patientId, long expectedVersion) {
        var patient = patients.findById(patientId).orElseThrow(PatientService::noSuchPatient);
        if (patient.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This patient's record");
        }
        return patient;
    }

    private AndrogenCourse loadCourse(long courseId, long expectedVersion) {
        var course = courses.findById(courseId)
                .orElseThrow(() -> InvalidInputException.of("course", "This course no longer exists."));
        if (course.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This androgen course");
        }
        return course;
    }

    /**
     * Saves a checked course. Two clinicians marking two courses of one patient as ongoing at the same moment
     * both pass the rules; the database's one-ongoing-course constraint stops the second, refused like the rule.
     */
    private AndrogenCourse saveCourse(AndrogenCourse course) {
        try {
            return courses.saveAndFlush(course);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("This androgen course");
        } catch (DataIntegrityViolationException e) {
            if (course.isOngoing()) {
                throw InvalidInputException.of("ongoing", "Another course of this patient was just marked as "
                        + "ongoing: reload the record and record that course's last dose first.");
            }
            throw e;
        }
    }

    private Patient flush(Patient patient) {
        try {
            return patients.saveAndFlush(patient);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("This patient's record");
        }
    }

    /** Names of the fields that differ, never their values: the audit trail must not copy clinical content. */
    static String changedFields(PatientDetails before, PatientDetails after) {
        var changed = new ArrayList<String>();
        if (!before.recordNumber().equals(Patient.normalRecordNumber(after.recordNumber()))) {
            changed.add("record number");
        }
        if (!before.givenName().equals(after.givenName().strip())
                || !before.familyName().equals(after.familyName().strip())) {
            changed.add("name");
        }
        if (!java.util.Objects.equals(before.dateOfBirth(), after.dateOfBirth())) {
            changed.add("date of birth");
        }
        if (!same(before.email(), after.email()) || !same(before.phone(), after.phone())
                || !same(before.address(), after.address())) {
            changed.add("contact details");
        }
        if (!java.util.Objects.equals(before.responsibleClinicianId(), after.responsibleClinicianId())) {
            changed.add("responsible clinician");
        }
        if (!sameNumber(before.baselineTestosteroneNgPerDl(), after.baselineTestosteroneNgPerDl())
                || !sameNumber(before.baselineSpermMillionPerMl(), after.baselineSpermMillionPerMl())
                || !same(before.baselineNote(), after.baselineNote())) {
            changed.add("baseline values");
        }
        return String.join(", ", changed);
    }

    private static boolean same(@org.jspecify.annotations.Nullable String a, @org.jspecify.annotations.Nullable String b) {
        String left = a == null ? "" : a.strip();
        String right = b == null ? "" : b.strip();
        return left.equals(right);
    }

    private static boolean sameNumber(java.math.@org.jspecify.annotations.Nullable BigDecimal a,
                                      java.math.@org.jspecify.annotations.Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static Specification<Patient> matching(PatientQuery query, boolean exactRecordNumber) {
        return (root, criteriaQuery, builder) -> {
            List<Predicate> all = new ArrayList<>();
            if (query.status() != null) {
                all.add(builder.equal(root.get("status"), query.status()));
            }
            if (query.responsibleClinicianId() != null) {
                all.add(builder.equal(root.get("responsibleClinicianId"), query.responsibleClinicianId()));
            }
            String text = query.text();
            if (!text.isEmpty()) {
                var birthDate = parseBirthDate(text);
                if (exactRecordNumber) {
                    all.add(builder.equal(root.get("recordNumberKey"), Patient.recordNumberKey(text)));
                } else if (birthDate.isPresent()) {
                    all.add(builder.equal(root.get("dateOfBirth"), birthDate.get()));
                } else {
                    var anyOf = new ArrayList<Predicate>();
                    anyOf.add(builder.equal(root.get("recordNumberKey"), Patient.recordNumberKey(text)));
                    var tokens = new ArrayList<Predicate>();
                    for (String token : NameFolding.fold(text).split("[\\s,]+")) {
                        if (!token.isEmpty()) {
                            tokens.add(builder.like(root.get("searchName"), "%" + escapeLike(token) + "%", '\\'));
                        }
                    }
                    anyOf.add(builder.and(tokens.toArray(Predicate[]::new)));
                    all.add(builder.or(anyOf.toArray(Predicate[]::new)));
                }
            }
            return builder.and(all.toArray(Predicate[]::new));
        };
    }

    static Optional<LocalDate> parseBirthDate(String text) {
        for (var form : BIRTH_DATE_FORMS) {
            try {
                return Optional.of(LocalDate.parse(text, form));
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static String escapeLike(String token) {
        return token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
