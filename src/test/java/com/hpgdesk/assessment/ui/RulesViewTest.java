package com.hpgdesk.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.assessment.AssessmentService;
import com.hpgdesk.assessment.engine.AssessmentRules;
import com.hpgdesk.assessment.engine.Criterion;
import com.hpgdesk.assessment.engine.RowRules;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@DeskSpringTest
@WithUserDetails(value = "rlee", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class RulesViewTest extends SpringBrowserlessTest {

    @Autowired
    AssessmentService assessments;

    private String text(String id) {
        return $(com.vaadin.flow.component.Component.class).all().stream()
                .filter(component -> component.getId().orElse("").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("nothing with id " + id)).getElement().getTextRecursively();
    }

    @Test
    void everyRowIsListedWithItsTitleEveryThresholdAndItsFreshnessWindow() {
        navigate(RulesView.class);
        AssessmentRules rules = assessments.rules();

        assertThat(text("rules-version")).isEqualTo("Rules version " + rules.version() + ", in force");
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith(
                "Freshness: lab results " + rules.labFreshWeeks() + " weeks, lifestyle weeks "
                        + rules.lifestyleFreshWeeks() + " weeks."));
        assertThat($(Div.class).all()).filteredOn(div -> div.hasClassName("rule-row")).hasSize(10);
        for (RowRules row : rules.rows()) {
            String section = text("rule-" + row.key());
            assertThat(section).as(row.key()).contains(row.title());
            for (Criterion criterion : row.criteria()) {
                switch (criterion) {
                    case Criterion.OnThreshold c -> assertThat(section).as(row.key()).contains(
                            c.input().label() + ": hinders " + c.hinders().describe(),
                            weeks(rules, c.input().isLab(), c.freshWeeks()));
                    case Criterion.OnAnswer c -> assertThat(section).as(row.key())
                            .contains(c.input().label() + ": hinders if " + (c.hindersIf() ? "yes" : "no"),
                                    weeks(rules, false, null));
                    case Criterion.OnTrend c -> assertThat(section).as(row.key()).contains(
                            c.input().label() + " trend: supports at " + c.target().describe(),
                            c.windowWeeks() + " weeks", weeks(rules, true, null));
                    case Criterion.OnRow c -> assertThat(section).as(row.key())
                            .contains("Verdict of the row " + c.row());
                }
            }
        }
        assertThat(text("rule-GUT_BRAIN_SIGNALLING")).contains("Fermentable fibre: hinders < 5 g/day")
                .contains("counts while under 4 weeks old");
        assertThat(text("rule-LEYDIG_CELL_FUNCTION"))
                .contains("Free testosterone (calculated): hinders < 63.4 pg/mL")
                .contains("counts while under 12 weeks old");
    }

    private static String weeks(AssessmentRules rules, boolean lab, Integer override) {
        int weeks = override != null ? override : lab ? rules.labFreshWeeks() : rules.lifestyleFreshWeeks();
        return "counts while under " + weeks + " weeks old";
    }

    @Test
    void anEarlierVersionIsShownOnItsOwnAddressAndSaysItIsNoLongerInForce() {
        navigate("rules/2026-12-v1", RulesView.class);

        assertThat(text("rules-version")).isEqualTo(
                "Rules version 2026-12-v1, no longer in force (in force now: " + assessments.rules().version() + ")");
        assertThat(text("rule-GUT_BRAIN_SIGNALLING")).contains("Fibre: hinders < 25 g/day")
                .doesNotContain("Fermentable fibre");
        assertThat($(RouterLink.class).all()).anyMatch(link -> link.getText().equals("2026-12-v2 (in force)")
                && link.getHref().equals("rules/2026-12-v2"));
    }

    @Test
    void anUnknownVersionSaysSoAndShowsTheRulesInForce() {
        navigate("rules/1999-v9", RulesView.class);

        assertThat(text("rules-version-unknown")).contains("1999-v9");
        assertThat(text("rules-version")).isEqualTo("Rules version " + assessments.rules().version() + ", in force");
    }
}
