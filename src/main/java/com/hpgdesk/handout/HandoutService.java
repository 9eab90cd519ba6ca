package com.hpgdesk.handout;

import com.hpgdesk.assessment.AssessmentService;
import com.hpgdesk.assessment.curve.CurveReading;
import com.hpgdesk.assessment.curve.RecoveryCurve;
import com.hpgdesk.assessment.curve.RecoveryMarker;
import com.hpgdesk.assessment.engine.Assessment;
import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.base.SeesRecords;
import com.hpgdesk.chart.Censoring;
import com.hpgdesk.lab.Marker;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.results.LabService;
import com.hpgdesk.lab.results.StoredResult;
import com.hpgdesk.patient.PatientRecord;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.patient.RecoveryClock;
import com.hpgdesk.protocol.Medication;
import com.hpgdesk.protocol.ProtocolStatus;
import com.hpgdesk.protocol.RestartProtocol;
import com.hpgdesk.protocol.RestartProtocolService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Patient handouts: gathers one man's facts through the other features' services, words them in the chosen
 * language, lays them out as PDF, and keeps every handout made, with its exact bytes and their SHA-256, so
 * it can be viewed or downloaded again exactly as it was handed over. Generating, viewing and downloading
 * are each audited.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('CLINICIAN')")
public class HandoutService {

    /** How far ahead the medication schedule of a handout reaches. */
    static final int SCHEDULE_WEEKS = 8;
    static final String SUBJECT = "patient handout";

    private final PatientService patients;
    private final AssessmentService assessments;
    private final LabService labs;
    private final RestartProtocolService protocols;
    private final HandoutTemplates templates;
    private final HandoutPdf pdf;
    private final HandoutSettings settings;
    private final HandoutRepository handouts;
    private final HandoutFileRepository files;
    private final AuditTrail audit;
    private final Clock clock;

    HandoutService(PatientService patients, AssessmentService assessments, LabService labs,
                   RestartProtocolService protocols, HandoutTemplates templates, HandoutPdf pdf,
                   HandoutSettings settings, HandoutRepository handouts, HandoutFileRepository files,
                   AuditTrail audit, Clock clock) {
        this.patients = patients;
        this.assessments = assessments;
        this.labs = labs;
        this.protocols = protocols;
        this.templates = templates;
        this.pdf = pdf;
        this.settings = settings;
        this.handouts = handouts;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** A language a handout can be written in: its template folder and its own name, e.g. "es", "Español". */
    public record Language(String code, String name) {
    }

    /** A handout's bytes with the name to save them under. */
    public record HandoutBytes(Handout handout, String fileName, byte[] content) {
    }

    @SeesRecords
    public List<Language> languages() {
        return templates.languages().stream()
                .map(code -> new Language(code, templates.wording(code).orElseThrow().languageName())).toList();
    }

    @SeesRecords
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The language the practice offers first. */
    public String defaultLanguage() {
        return templates.defaultLanguage();
    }

    /**
     * The language he reads, as chosen for him; before anyone chose, the language of his latest handout, else
     * the practice's default. A choice whose template set the practice has since removed is passed over.
     */
    @SeesRecords
    public String suggestedLanguage(long patientId) {
        return patients.handoutLanguage(patientId).filter(language -> templates.wording(language).isPresent())
                .or(() -> handouts.findFirstByPatientIdOrderByGeneratedAtDescIdDesc(patientId).map(Handout::getLanguage)
                        .filter(language -> templates.wording(language).isPresent()))
                .orElse(templates.defaultLanguage());
    }

    /**
     * Remembers the language his handouts are written in, offered first from now on; audited as a change of
     * the patient.
     *
     * @throws IllegalArgumentException when there is no template set for the language
     */
    @Transactional
    public void choosePatientLanguage(long patientId, String language) {
        if (templates.wording(language).isEmpty()) {
            throw new IllegalArgumentException("No handout templates in '" + language + "'; available: "
                    + templates.languages());
        }
        patients.chooseHandoutLanguage(patientId, language);
    }

    /**
     * When his next labs fall due: when his latest labs pass the rules' freshness window, and never before
     * today. The clinician may choose another date.
     */
    @SeesRecords
    public LocalDate suggestedNextLabs(long patientId) {
        LocalDate today = today();
        return labs.resultsForAssessment(patientId).stream().map(StoredResult::collectedOn)
                .max(Comparator.naturalOrder())
                .map(latest -> latest.plusWeeks(assessments.rules().labFreshWeeks()))
                .filter(due -> due.isAfter(today)).orElse(today);
    }

    /** His handouts, newest first, without their bytes. */
    @SeesRecords
    public List<Handout> handoutsOf(long patientId) {
        List<Handout> found = handouts.findByPatientIdOrderByGeneratedAtDescIdDesc(patientId);
        audit.record(AuditAction.READ, patientId, SUBJECT, "Viewed the list of handouts");
        return found;
    }

    /**
     * Makes a handout for the patient as of today in {@code language}, stores it, and audits it.
     *
     * @param nextLabs the date of his next labs as the clinician set it; null leaves the date to the clinician
     * @throws IllegalArgumentException when there is no such patient or no template set for the language
     */
    @Transactional
    public Handout generate(long patientId, String language, @Nullable LocalDate nextLabs) {
        HandoutWording wording = templates.wording(language).orElseThrow(() -> new IllegalArgumentException(
                "No handout templates in '" + language + "'; available: " + templates.languages()));
        PatientRecord record = patients.open(patientId)
                .orElseThrow(() -> new IllegalArgumentException("No patient " + patientId));
        HandoutFacts facts = facts(record, nextLabs);
        Instant now = clock.instant();
        byte[] bytes = pdf.render(new HandoutComposer(wording).compose(facts), now);
        int pages = pageCount(bytes);
        String sha256 = sha256(bytes);
        Handout handout = handouts.save(new Handout(patientId, now, currentUser(), language, wording.version(),
                facts.assessment().assessedOn(), facts.assessment().rulesVersion(),
                facts.assessment().status().name(), pdf.paper().name(), pages, bytes.length, sha256));
        files.save(new HandoutFile(handout.id(), bytes));
        audit.record(AuditAction.CREATE, patientId, SUBJECT + " " + handout.id(), "Generated a handout in "
                + wording.languageName() + " (" + pages + " pages, rules " + handout.getRulesVersion()
                + ", wording " + wording.version() + ", SHA-256 " + sha256 + ")");
        return handout;
    }

    /**
     * The exact bytes of a stored handout, audited as viewing it (shown in the browser) or as exporting it
     * (downloaded).
     *
     * @throws IllegalArgumentException when there is no such handout
     */
    @SeesRecords
    public HandoutBytes open(long handoutId, boolean download) {
        Handout handout = handouts.findById(handoutId)
                .orElseThrow(() -> new IllegalArgumentException("No handout " + handoutId));
        byte[] bytes = files.findById(handoutId).orElseThrow(() -> new IllegalStateException(
                "The bytes of handout " + handoutId + " are missing")).content();
        audit.record(download ? AuditAction.EXPORT : AuditAction.READ, handout.getPatientId(),
                SUBJECT + " " + handoutId, download ? "Downloaded the handout" : "Viewed the handout");
        return new HandoutBytes(handout, fileName(handout), bytes);
    }

    /** e.g. "handout-P-00012-2026-01-15-en.pdf": the record number, never the name, so the file name leaks nothing. */
    private String fileName(Handout handout) {
        return fileName(handout, patients.identity(handout.getPatientId()).map(identity -> identity.recordNumber())
                .orElse(String.valueOf(handout.getPatientId())));
    }

    static String fileName(Handout handout, String recordNumber) {
        String number = recordNumber.replaceAll("[^A-Za-z0-9-]", "_");
        return "handout-" + number + "-" + handout.getAssessedOn() + "-" + handout.getLanguage() + ".pdf";
    }

    private HandoutFacts facts(PatientRecord record, @Nullable LocalDate nextLabs) {
        long patientId = record.patient().id();
        LocalDate today = today();
        Assessment assessment = assessments.assess(patientId, today);
        Optional<RecoveryClock> clock = record.recoveryClock().map(found -> found.on(today));
        List<StoredResult> results = labs.resultsForAssessment(patientId);
        List<HandoutFacts.Result> history = results.stream()
                .sorted(Comparator.comparing(StoredResult::collectedOn).thenComparing(StoredResult::id).reversed())
                .map(HandoutService::result).toList();
        Map<MarkerKey, HandoutFacts.Result> latestByMarker = new LinkedHashMap<>();
        history.forEach(result -> latestByMarker.putIfAbsent(result.marker(), result));
        List<HandoutFacts.Result> latest = labs.catalogue().markers().stream().map(Marker::key)
                .filter(latestByMarker::containsKey).map(latestByMarker::get).toList();
        return new HandoutFacts(settings.practiceName(), settings.logo(), record.patient().getFullName(),
                record.patient().getDateOfBirth(), record.responsibleClinicianName(), today, clock.orElse(null),
                assessment, latest, history, recoveryCurve(patientId, clock.orElse(null), results, today),
                medications(patientId, today), today, today.plusWeeks(SCHEDULE_WEEKS), nextLabs,
                references(assessment));
    }

    private static HandoutFacts.Result result(StoredResult stored) {
        return new HandoutFacts.Result(stored.marker().key(), stored.collectedOn(), stored.reported(), stored.range(),
                stored.flag());
    }

    /** The patient page's recovery curve, from the same values: none until treatment has ended. */
    private @Nullable RecoveryCurve recoveryCurve(long patientId, @Nullable RecoveryClock clock,
                                                 List<StoredResult> results, LocalDate today) {
        if (clock == null || !clock.isAfterTreatment()) {
            return null;
        }
        Map<RecoveryMarker, List<CurveReading>> readings = new EnumMap<>(RecoveryMarker.class);
        for (RecoveryMarker marker : RecoveryMarker.values()) {
            readings.put(marker, results.stream().filter(result -> result.marker().key().equals(marker.key()))
                    .map(result -> {
                        var value = result.canonical();
                        Censoring censoring = value.censoring().isUpperBound() ? Censoring.BELOW_LIMIT
                                : value.censoring().isLowerBound() ? Censoring.ABOVE_LIMIT : Censoring.EXACT;
                        return new CurveReading(result.collectedOn(), value.quantity(), censoring);
                    }).toList());
        }
        var phases = protocols.timelineForAssessment(patientId, today).phases();
        return RecoveryCurve.of(clock.endOfTreatment().orElseThrow(), readings, phases);
    }

    /** Planned and running restart medications that are taken in the schedule's window. */
    private List<HandoutFacts.Dose> medications(long patientId, LocalDate today) {
        LocalDate until = today.plusWeeks(SCHEDULE_WEEKS);
        List<HandoutFacts.Dose> doses = new ArrayList<>();
        for (RestartProtocol protocol : protocols.protocolsOf(patientId)) {
            if (protocol.getStatus() != ProtocolStatus.PLANNED && protocol.getStatus() != ProtocolStatus.ACTIVE) {
                continue;
            }
            for (Medication medication : protocol.getMedications()) {
                LocalDate end = medication.getEndOn();
                if (medication.getStartOn().isAfter(until) || (end != null && end.isBefore(today))) {
                    continue;
                }
                var dosing = medication.getDosing();
                doses.add(new HandoutFacts.Dose(dosing.drugName(), dosing.doseText(), dosing.getRoute(),
                        dosing.getFrequency(), dosing.getFrequencyNote(), medication.getStartOn(), end));
            }
        }
        doses.sort(Comparator.comparing(HandoutFacts.Dose::from).thenComparing(HandoutFacts.Dose::medicine));
        return doses;
    }

    /** The rows' publications and the recovery curve's sources, without the project's own source document. */
    private List<String> references(Assessment assessment) {
        var rules = assessments.rules();
        List<String> internal = rules.references().stream().filter(reference -> reference.key().equals("SEED"))
                .map(reference -> reference.citation()).toList();
        List<String> found = new ArrayList<>();
        RecoveryCurve.sources().forEach(citation -> found.add(citation.full()));
        assessment.rows().flatMap(row -> row.references().stream()).filter(citation -> !internal.contains(citation))
                .filter(citation -> !found.contains(citation)).forEach(found::add);
        return found;
    }

    private static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "unknown" : authentication.getName();
    }

    static int pageCount(byte[] bytes) {
        try (var document = Loader.loadPDF(bytes)) {
            return document.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("A handout just written cannot be read back", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
