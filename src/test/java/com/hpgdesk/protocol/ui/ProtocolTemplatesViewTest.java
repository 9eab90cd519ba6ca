package com.hpgdesk.protocol.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@DeskSpringTest
class ProtocolTemplatesViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    @SuppressWarnings("unchecked")
    void aPracticeLeadSeesTheTemplatesAndOpensOne() {
        navigate("protocol-templates", Component.class);
        assertThat(getCurrentView()).isInstanceOf(ProtocolTemplatesView.class);
        Grid<Object> templates = $(Grid.class).withCondition(
                grid -> grid.getAriaLabel().filter("Protocol templates"::equals).isPresent()).single();
        assertThat(test(templates).size()).isEqualTo(7);
        test(templates).select(0);
        assertThat($(H3.class).withText("hCG + clomiphene").exists()).isTrue();
    }

    @Test
    @WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aClinicianCannotOpenTheTemplateEditor() {
        navigate("protocol-templates", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ProtocolTemplatesView.class);
    }
}
