package com.hpgdesk.lab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.importer.LabConventions;
import com.hpgdesk.lab.importer.UnknownName;
import com.hpgdesk.lab.results.LabConventionService;
import com.hpgdesk.lab.results.RememberedName;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@DeskSpringTest
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class LabConventionsViewTest extends SpringBrowserlessTest {

    @Autowired
    LabConventionService conventions;

    @Test
    void aPracticeLeadCorrectsTheMarkerOfALabsTestName() {
        String lab = "Labcorp " + UUID.randomUUID();
        var wrong = conventions.rememberName(new UnknownName(LabConventions.labKey(lab), lab, "Testosterone, Free, Direct", 1),
                new MarkerKey("TOTAL_TESTOSTERONE"));
        var view = navigate(LabConventionsView.class);

        var row = view.names.getListDataView().getItems().filter(name -> name.id() == wrong.id()).findFirst().orElseThrow();
        view.names.select(row);
        assertThat(view.saveName.isEnabled()).isTrue();
        test(view.marker).selectItem("Free testosterone (method not stated)");
        test(view.saveName).click();

        assertThat(conventions.names()).filteredOn(name -> name.id() == wrong.id()).singleElement()
                .extracting(RememberedName::marker).isEqualTo(new MarkerKey("FREE_TESTOSTERONE_METHOD_UNKNOWN"));
        assertThat(view.saveName.isEnabled()).isFalse();

        var corrected = view.names.getListDataView().getItems().filter(name -> name.id() == wrong.id()).findFirst()
                .orElseThrow();
        view.names.select(corrected);
        test(view.forgetName).click();
        assertThat(conventions.names()).extracting(RememberedName::id).doesNotContain(wrong.id());
    }
}
