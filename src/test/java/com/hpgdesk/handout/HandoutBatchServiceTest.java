package com.hpgdesk.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditFilter;
import com.hpgdesk.audit.AuditRecord;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.handout.HandoutBatchService.BatchPatient;
import com.hpgdesk.handout.HandoutBatchService.Format;
import com.hpgdesk.handout.HandoutBatchService.Progress;
import com.hpgdesk.handout.HandoutBatchService.State;
import com.hpgdesk.patient.Patient;
import com.hpgdesk.patient.PatientQuery;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.security.SystemActor;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

@DeskSpringTest
@WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class HandoutBatchServiceTest {

    @Autowired
    HandoutBatchService batches;
    @Autowired
    HandoutService handouts;
    @Autowired
    PatientService patients;
    @Autowired
    AuditTrail audit;
    @Autowired
    ApplicationEventPublisher events;

    private List<Patient> demoPatients(int count) {
        return patients.search(PatientQuery.ALL, PageRequest.of(0, count));
    }

    private static BatchPatient chosen(Patient patient) {
        return new BatchPatient(patient.id(), patient.getFullName(), patient.getRecordNumber());
    }

    /** Runs a batch to its end, handing each step to {@code onStep} on the batch's thread as it happens. */
    private Progress runToEnd(List<BatchPatient> chosen, Format format, Consumer<Progress> onStep) throws Exception {
        var finished = new CompletableFuture<Progress>();
        batches.start(chosen, format, "en", progress -> {
            onStep.accept(progress);
            if (progress.state().finished()) {
                finished.complete(progress);
            }
        });
        // A bound for a broken build, not a wait for time: the batch says when it has finished.
        return finished.get(3, TimeUnit.MINUTES);
    }

    private static Map<String, byte[]> entries(byte[] zip) throws Exception {
        Map<String, byte[]> found = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                found.put(entry.getName(), in.readAllBytes());
            }
        }
        return found;
    }

    private List<AuditRecord> audited(AuditAction action, long patientId) {
        return SystemActor.call(() -> audit.list(PageRequest.of(0, 500),
                new AuditFilter(patientId, null, null, null, null))).stream()
                .filter(record -> record.getAction() == action && record.getActor().equals("mhale")).toList();
    }

    private long createdBy(String actor, long patientId) {
        List<AuditRecord> records = SystemActor.call(() -> audit.list(PageRequest.of(0, 500),
                new AuditFilter(patientId, null, null, null, null)));
        return records.stream().filter(record -> record.getAction() == AuditAction.CREATE
                && record.getActor().equals(actor) && record.getSubject().startsWith(HandoutService.SUBJECT)).count();
    }

    @Test
    void aZipHoldsOnePdfPerPatientNamedByRecordNumberEachAuditedAsMadeByTheRequester() throws Exception {
        List<Patient> three = demoPatients(3);
        List<Long> before = three.stream().map(patient -> createdBy("mhale", patient.id())).toList();
        List<Progress> steps = new ArrayList<>();

        Progress done = runToEnd(three.stream().map(HandoutBatchServiceTest::chosen).toList(), Format.ZIP, steps::add);

        assertThat(done.state()).isEqualTo(State.READY);
        assertThat(done.made()).isEqualTo(3);
        assertThat(done.failures()).isEmpty();
        assertThat(steps).extracting(Progress::done).contains(1, 2, 3);
        var file = batches.download(done.id());
        assertThat(file.fileName()).endsWith(".zip");
        assertThat(file.contentType()).isEqualTo("application/zip");
        Map<String, byte[]> entries = entries(Files.readAllBytes(file.path()));
        assertThat(entries).hasSize(3);
        three.forEach(patient -> assertThat(audited(AuditAction.EXPORT, patient.id())).as("downloaded in the batch")
                .anySatisfy(record -> assertThat(record.getDetail()).startsWith("Downloaded the handout in a batch of 3")));
        for (int i = 0; i < three.size(); i++) {
            Patient patient = three.get(i);
            String name = entries.keySet().stream().toList().get(i);
            assertThat(name).startsWith("handout-" + patient.getRecordNumber() + "-").endsWith("-en.pdf")
                    .doesNotContain(patient.getFamilyName(), patient.getGivenName());
            assertThat(HandoutPdfTest.text(entries.get(name))).contains(patient.getFullName());
            assertThat(createdBy("mhale", patient.id())).isEqualTo(before.get(i) + 1);
        }
    }

    @Test
    void aMergedPdfHasEveryPageOfEveryHandoutAndATitleOfItsOwn() throws Exception {
        List<Patient> three = demoPatients(3);

        Progress done = runToEnd(three.stream().map(HandoutBatchServiceTest::chosen).toList(), Format.MERGED_PDF,
                step -> { });

        assertThat(done.state()).isEqualTo(State.READY);
        int pagesOfEach = three.stream().mapToInt(patient -> handouts.handoutsOf(patient.id()).getFirst()
                .getPageCount()).sum();
        var file = batches.download(done.id());
        assertThat(file.contentType()).isEqualTo("application/pdf");
        try (var merged = Loader.loadPDF(file.path().toFile())) {
            assertThat(merged.getNumberOfPages()).isEqualTo(pagesOfEach);
            assertThat(merged.getDocumentInformation().getTitle()).isEqualTo("Patient handouts: 3 patients, "
                    + handouts.today());
            String xmp = new String(merged.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("Patient handouts: 3 patients").doesNotContain("pdfaid");
        }
        String text = HandoutPdfTest.text(Files.readAllBytes(file.path()));
        three.forEach(patient -> assertThat(text).contains(patient.getFullName()));
    }

    @Test
    void cancellingStopsTheBatchAfterTheHandoutInTheMaking() throws Exception {
        List<Patient> four = demoPatients(4);
        List<Long> before = four.stream().map(patient -> createdBy("mhale", patient.id())).toList();
        String[] id = new String[1];
        var finished = new CompletableFuture<Progress>();
        var authentication = SecurityContextHolder.getContext().getAuthentication();

        id[0] = batches.start(four.stream().map(HandoutBatchServiceTest::chosen).toList(), Format.ZIP, "en",
                progress -> {
                    if (progress.done() == 1 && !progress.state().finished()) {
                        // On the batch's thread, which acts as the requester: as the page's Cancel button would.
                        assertThat(SecurityContextHolder.getContext().getAuthentication()).isEqualTo(authentication);
                        batches.cancel(progress.id());
                    }
                    if (progress.state().finished()) {
                        finished.complete(progress);
                    }
                });
        Progress done = finished.get(3, TimeUnit.MINUTES);

        assertThat(done.state()).isEqualTo(State.CANCELLED);
        assertThat(done.done()).isEqualTo(1);
        assertThat(createdBy("mhale", four.getFirst().id())).isEqualTo(before.getFirst() + 1);
        IntStream.range(1, 4).forEach(i -> assertThat(createdBy("mhale", four.get(i).id())).isEqualTo(before.get(i)));
        assertThatThrownBy(() -> batches.download(id[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPatientWhoseHandoutFailsIsReportedAndTheOthersAreMade() throws Exception {
        List<Patient> two = demoPatients(2);
        var missing = new BatchPatient(987_654_321L, "Ødegård, Zoë", "P-99999");

        Progress done = runToEnd(List.of(chosen(two.get(0)), missing, chosen(two.get(1))), Format.ZIP, step -> { });

        assertThat(done.state()).isEqualTo(State.READY);
        assertThat(done.made()).isEqualTo(2);
        assertThat(done.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.name()).isEqualTo("Ødegård, Zoë");
            assertThat(failure.recordNumber()).isEqualTo("P-99999");
            assertThat(failure.reason()).contains("No patient");
        });
        assertThat(entries(Files.readAllBytes(batches.download(done.id()).path()))).hasSize(2);
    }

    @Test
    void onlyTheRequesterMayFollowOrDownloadHisBatch() throws Exception {
        Progress done = runToEnd(List.of(chosen(demoPatients(1).getFirst())), Format.ZIP, step -> { });
        var mine = SecurityContextHolder.getContext();
        var other = SecurityContextHolder.createEmptyContext();
        other.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("jokafor", null,
                List.of(new SimpleGrantedAuthority("ROLE_CLINICIAN"))));
        SecurityContextHolder.setContext(other);
        try {
            assertThatThrownBy(() -> batches.download(done.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> batches.progress(done.id())).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.setContext(mine);
        }
        assertThat(batches.progress(done.id()).state()).isEqualTo(State.READY);
    }

    @Test
    void aFinishedBatchIsListedForItsRequesterOnlyUntilHeClosesItsNotice() throws Exception {
        Progress done = runToEnd(List.of(chosen(demoPatients(1).getFirst())), Format.ZIP, step -> { });
        assertThat(batches.mine()).extracting(Progress::id).contains(done.id());
        List<Progress> toldLater = new ArrayList<>();
        batches.follow(done.id(), toldLater::add);

        var mine = SecurityContextHolder.getContext();
        var other = SecurityContextHolder.createEmptyContext();
        other.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("jokafor", null,
                List.of(new SimpleGrantedAuthority("ROLE_CLINICIAN"))));
        SecurityContextHolder.setContext(other);
        try {
            assertThat(batches.mine()).extracting(Progress::id).doesNotContain(done.id());
            assertThatThrownBy(() -> batches.follow(done.id(), step -> { })).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> batches.dismiss(done.id())).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.setContext(mine);
        }
        assertThat(batches.mine()).extracting(Progress::id).contains(done.id());

        batches.dismiss(done.id());

        assertThat(batches.mine()).extracting(Progress::id).doesNotContain(done.id());
        assertThatThrownBy(() -> batches.download(done.id())).isInstanceOf(IllegalArgumentException.class);
        assertThat(toldLater).isEmpty();
    }

    @Test
    void theResultIsDiscardedWhenTheRequestersSessionEndsOrItHasBeenKeptLongEnough() throws Exception {
        var session = new MockHttpSession();
        var request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        Progress signedOut;
        try {
            signedOut = runToEnd(List.of(chosen(demoPatients(1).getFirst())), Format.ZIP, step -> { });
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        Progress kept = runToEnd(List.of(chosen(demoPatients(1).getFirst())), Format.MERGED_PDF, step -> { });
        var signedOutFile = batches.download(signedOut.id()).path();
        var keptFile = batches.download(kept.id()).path();

        events.publishEvent(new HttpSessionDestroyedEvent(session));
        assertThatThrownBy(() -> batches.progress(signedOut.id())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no longer kept");
        assertThat(signedOutFile).doesNotExist();
        assertThat(batches.progress(kept.id()).state()).as("another session's batch stays").isEqualTo(State.READY);

        batches.discardFinishedBefore(java.time.Instant.now().plusSeconds(1));
        assertThatThrownBy(() -> batches.download(kept.id())).isInstanceOf(IllegalArgumentException.class);
        assertThat(keptFile).doesNotExist();
    }

    @Test
    void tooManyPatientsOrAnUnknownLanguageAreRefusedWithAPlainMessage() {
        var patient = chosen(demoPatients(1).getFirst());
        List<BatchPatient> tooMany = java.util.Collections.nCopies(HandoutBatchService.MAX_PATIENTS + 1, patient);

        assertThatThrownBy(() -> batches.start(tooMany, Format.ZIP, "en", step -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 500 patients; 501 were chosen");
        assertThatThrownBy(() -> batches.start(List.of(patient), Format.ZIP, "fr", step -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'fr'");
        assertThatThrownBy(() -> batches.start(List.of(), Format.ZIP, "en", step -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithAnonymousUser
    void someoneNotSignedInIsRefused() {
        var patient = new BatchPatient(1L, "Anyone", "P-00001");
        assertThatThrownBy(() -> batches.start(List.of(patient), Format.ZIP, "en", step -> { }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> batches.download("any")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "visitor", roles = {})
    void anAccountWithoutTheClinicianRoleIsRefused() {
        var patient = new BatchPatient(1L, "Anyone", "P-00001");
        assertThatThrownBy(() -> batches.start(List.of(patient), Format.MERGED_PDF, "en", step -> { }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> batches.cancel("any")).isInstanceOf(AccessDeniedException.class);
    }
}
