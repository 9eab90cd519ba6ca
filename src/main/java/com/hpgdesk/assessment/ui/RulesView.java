package com.hpgdesk.assessment.ui;

import com.hpgdesk.assessment.AssessmentService;
import com.hpgdesk.assessment.engine.AssessmentRules;
import com.hpgdesk.assessment.engine.Criterion;
import com.hpgdesk.assessment.engine.Reference;
import com.hpgdesk.assessment.engine.RowRules;
import com.hpgdesk.assessment.engine.TableRules;
import com.hpgdesk.base.ui.MainLayout;
import com.hpgdesk.security.Role;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Read-only: every row's inputs, thresholds, freshness windows and references from the rules file in force. */
@Route("rules")
@PageTitle("Rules and evidence | " + MainLayout.APP_NAME)
@Menu(order = 70, title = "Rules and evidence", icon = "vaadin:book")
@RolesAllowed({Role.CLINICIAN_NAME, Role.REVIEWER_NAME})
public class RulesView extends VerticalLayout {

    RulesView(AssessmentService assessments) {
        AssessmentRules rules = assessments.rules();
        addClassName("rules-view");
        add(new H2("Rules and evidence"));
        Paragraph version = new Paragraph("Rules version " + rules.version());
        version.setId("rules-version");
        add(version, new Paragraph(rules.about()),
                new Paragraph("Freshness: lab results " + rules.labFreshWeeks() + " weeks, lifestyle weeks "
                        + rules.lifestyleFreshWeeks() + " weeks. " + rules.staleRule()),
                new H3("Recovery status"), new Paragraph(rules.recovery().rule()),
                references(rules.recovery().references()));
        for (TableRules table : rules.tables()) {
            add(new H3(table.title()));
            for (RowRules row : table.rows()) {
                add(new H4(row.title() + " (" + row.basis().label().toLowerCase(java.util.Locale.ROOT) + ")"));
                if (row.unmeasurable() != null) {
                    add(new Paragraph(row.unmeasurable()));
                }
                UnorderedList inputs = new UnorderedList();
                row.criteria().forEach(criterion -> inputs.add(new ListItem(describe(criterion))));
                if (row.observedRecovery()) {
                    inputs.add(new ListItem("Read from the recovery status above."));
                }
                if (!row.decisive().isEmpty()) {
                    inputs.add(new ListItem("Needs at least one of " + String.join(", ", row.decisive())
                            + " to decide."));
                }
                if (row.recoveryRow()) {
                    inputs.add(new ListItem("Reads \"on treatment\" while androgens are taken or still acting."));
                }
                add(inputs, references(row.references()));
            }
        }
    }

    private static String describe(Criterion criterion) {
        return switch (criterion) {
            case Criterion.OnThreshold c -> c.input().label() + ": hinders " + c.hinders().describe()
                    + (c.counts() == Criterion.Counts.HINDERS_ONLY ? " (counts only against)" : ", supports otherwise")
                    + (c.hindersWhen() == null ? "" : ", only while " + c.hindersWhen().input().label() + " "
                    + c.hindersWhen().threshold().describe())
                    + (c.hindersOnlyAfterEndWeeks() == null ? "" : ", only from " + c.hindersOnlyAfterEndWeeks()
                    + " weeks after the end of treatment")
                    + (c.freshWeeks() == null ? "" : "; fresh for " + c.freshWeeks() + " weeks")
                    + "; weight " + c.weight().stripTrailingZeros().toPlainString();
            case Criterion.OnAnswer c -> c.input().label() + ": hinders if " + (c.hindersIf() ? "yes" : "no")
                    + "; weight " + c.weight().stripTrailingZeros().toPlainString();
            case Criterion.OnTrend c -> c.input().label() + " trend: supports at " + c.target().describe()
                    + " or a rise of " + c.risePercent().stripTrailingZeros().toPlainString() + " % within "
                    + c.windowWeeks() + " weeks; no rise hinders from " + c.afterEndWeeks()
                    + " weeks after the end of treatment; weight " + c.weight().stripTrailingZeros().toPlainString();
            case Criterion.OnRow c -> "Verdict of the row " + c.row() + "; weight "
                    + c.weight().stripTrailingZeros().toPlainString();
        };
    }

    /** Folded, so the long page stays scannable and has keyboard stops all the way down. */
    private static Details references(java.util.List<Reference> references) {
        UnorderedList list = new UnorderedList();
        list.addClassName("rule-references");
        references.forEach(reference -> list.add(new ListItem(reference.citation())));
        Details details = new Details("References (" + references.size() + ")", list);
        details.setOpened(true);
        return details;
    }
}
