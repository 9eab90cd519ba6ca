package com.hpgdesk.lab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.lab.results.LabImportService;
import com.hpgdesk.lab.results.LabService;
import com.hpgdesk.lab.results.LabTestPatients;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.protocol.RestartProtocolService;
import com.hpgdesk.security.AccountService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@DeskSpringTest
@WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class ImportUploadLimitTest extends SpringBrowserlessTest {

    @Autowired
    LabService labs;
    @Autowired
    LabImportService imports;
    @Autowired
    PatientService patients;
    @Autowired
    AccountService accounts;
    @Autowired
    RestartProtocolService protocols;

    /** A body that never ends, counting what the server took from it. */
    static final class EndlessBody extends InputStream {
        long taken;

        @Override
        public int read() {
            taken++;
            return 'x';
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            java.util.Arrays.fill(into, offset, offset + length, (byte) 'x');
            taken += length;
            return length;
        }
    }

    @Test
    void aFileOneByteOverTheLimitIsRefusedByTheServerWithAClearMessage() {
        long patientId = LabTestPatients.register(patients, accounts, LocalDate.of(1979, 2, 3)).id();
        navigate("", Component.class);
        var panel = new PatientLabsPanel(labs, imports, patients, protocols, patientId);
        UI.getCurrent().add(panel);
        test(panel.importFile).click();
        var dialog = $(ImportDialog.class).single();

        // The browser would refuse this file; a request sent without the browser is checked here.
        test(dialog.upload).upload("everything.csv", "text/csv", new byte[ImportDialog.MAX_FILE_BYTES + 1]);
        roundTrip();

        assertThat(dialog.fileProblem.isVisible()).isTrue();
        assertThat(dialog.fileProblem.getText()).contains("larger than 50 MB");
        assertThat(dialog.commit.isEnabled()).isFalse();
        assertThat(labs.reportsOf(patientId)).isEmpty();
    }

    @Test
    void receivingStopsOneBytePastTheLimitEvenWhenTheBodyNeverEnds() throws Exception {
        var endless = new EndlessBody();
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(endless);
        // A request may claim any size: this one claims less than it sends.
        var event = new UploadEvent(request, mock(VaadinResponse.class), mock(VaadinSession.class), "endless.csv", 10,
                "text/csv", new Element("vaadin-upload"), null);
        var received = new java.util.ArrayList<byte[]>();
        var refusals = new java.util.ArrayList<String>();

        new BoundedUpload(1024, (bytes, name) -> received.add(bytes), refusals::add).handleUploadRequest(event);

        assertThat(endless.taken).isEqualTo(1025);
        assertThat(received).isEmpty();
        assertThat(refusals).singleElement().asString().contains("larger than");
        assertThat(event.isRejected()).isTrue();
    }

    @Test
    void aFileUpToTheLimitIsReadWhole() throws Exception {

        assertThat(BoundedUpload.readAtMost(InputStream.nullInputStream(), 1024)).isEmpty();
        assertThat(BoundedUpload.readAtMost(new java.io.ByteArrayInputStream(new byte[1024]), 1024)).hasSize(1024);
    }
}
