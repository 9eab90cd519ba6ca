package com.hpgdesk.assessment.ui;

import com.hpgdesk.assessment.AssessmentService;
import com.hpgdesk.assessment.engine.AssessmentInput;
import com.hpgdesk.assessment.engine.AssessmentRules;
import com.hpgdesk.assessment.engine.Criterion;
import com.hpgdesk.assessment.engine.Reference;
import com.hpgdesk.assessment.engine.RowRules;
import com.hpgdesk.assessment.engine.TableRules;
import com.hpgdesk.base.ui.MainLayout;
import com.hpgdesk.security.Role;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Read-only: every row's inputs, thresholds, freshness windows and references from the rules file in force, or
 * from an earlier version ({@code /rules/<version>}) so an old assessment or handout can be explained.
 */
@Route("rules")
@PageTitle("Rules and evidence | " + MainLayout.APP_NAME)
@Menu(order = 70, title = "Rules and evidence", icon = "vaadin:book")
@RolesAllowed({Role.CLINICIAN_NAME, Role.REVIEWER_NAME})
public class RulesView extends VerticalLayout implements HasUrlParameter<String> {

    private final AssessmentService assessments;

    RulesView(AssessmentService assessments) {
        this.assessments = assessments;
        addClassName("rules-view");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String version) {
        removeAll();
        AssessmentRules inForce = assessments.rules();
        AssessmentRules rules = version == null ? inForce : assessments.rules(version).orElse(inForce);
        add(new H2("Rules and evidence"));
        Paragraph shown = new Paragraph(rules == inForce ? "Rules version " + rules.version() + ", in force"
                : "Rules version " + rules.version() + ", no longer in force (in force now: " + inForce.version() + ")");
        shown.setId("rules-version");
        add(shown);
        if (version != null && assessments.rules(version).isEmpty()) {
            Paragraph unknown = new Paragraph("No rules version \"" + version + "\" was ever used here: showing the one "
                    + "in force.");
            unknown.setId("rules-version-unknown");
            add(unknown);
        }
        add(versions(assessments.rulesVersions(), inForce, rules));
        add(new Paragraph(rules.about()),
                new Paragraph("Freshness: lab results " + rules.labFreshWeeks() + " weeks, lifestyle weeks "
                        + rules.lifestyleFreshWeeks() + " weeks. " + rules.staleRule()),
                new H3("Recovery status"), new Paragraph(rules.recovery().rule()),
                references(rules.recovery().references()));
        for (TableRules table : rules.tables()) {
            add(new H3(table.title()));
            for (RowRules row : table.rows()) {
                Div section = new Div();
                section.setId("rule-" + row.key());
                section.addClassName("rule-row");
                section.add(new H4(row.title() + " (" + row.basis().label().toLowerCase(java.util.Locale.ROOT) + ")"));
                if (row.unmeasurable() != null) {
                    section.add(new Paragraph(row.unmeasurable()));
                }
                UnorderedList inputs = new UnorderedList();
                row.criteria().forEach(criterion -> inputs.add(new ListItem(describe(criterion, rules))));
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
                section.add(inputs, references(row.references()));
                add(section);
            }
        }
    }

    /**
     * Every version ever shipped, each a link to its own page, the one shown in words rather than a link. A list
     * of links, one an item, rather than links inside a sentence, where their colour alone would set them apart.
     */
    private static com.vaadin.flow.component.Component versions(java.util.List<String> all, AssessmentRules inForce,
                                                                AssessmentRules shown) {
        var versions = new com.vaadin.flow.component.html.Div(new Span("Versions:"));
        versions.setId("rules-versions");
        var list = new com.vaadin.flow.component.html.UnorderedList();
        for (String version : all) {
            String words = version + (version.equals(inForce.version()) ? " (in force)" : "");
            list.add(new com.vaadin.flow.component.html.ListItem(version.equals(shown.version()) ? new Span(words)
                    : new RouterLink(words, RulesView.class, version)));
        }
        versions.add(list);
        return versions;
    }

    private static String describe(Criterion criterion, AssessmentRules rules) {
        return switch (criterion) {
            case Criterion.OnThreshold c -> c.input().label() + ": hinders " + c.hinders().describe()
                    + (c.counts() == Criterion.Counts.HINDERS_ONLY ? " (counts only against)" : ", supports otherwise")
                    + (c.hindersWhen() == null ? "" : ", only while " + c.hindersWhen().input().label() + " "
                    + c.hindersWhen().threshold().describe())
                    + (c.hindersOnlyAfterEndWeeks() == null ? "" : ", only from " + c.hindersOnlyAfterEndWeeks()
                    + " weeks after the end of treatment")
                    + fresh(c.input(), c.freshWeeks(), rules)
                    + "; weight " + c.weight().stripTrailingZeros().toPlainString();
            case Criterion.OnAnswer c -> c.input().label() + ": hinders if " + (c.hindersIf() ? "yes" : "no")
                    + fresh(c.input(), null, rules)
                    + "; weight " + c.weight().stripTrailingZeros().toPlainString();
            case Criterion.OnTrend c -> c.input().label() + " trend: supports at " + c.target().describe()
                    + " or a rise of " + c.risePercent().stripTrailingZeros().toPlainString() + " % within "
                    + c.windowWeeks() + " weeks; no rise hinders from " + c.afterEndWeeks()
                    + " weeks after the end of treatment" + fresh(c.input(), null, rules)
                    + "; weight " + c.weight().stripTrailingZeros().toPlainString();
            case Criterion.OnRow c -> "Verdict of the row " + c.row() + "; weight "
                    + c.weight().stripTrailingZeros().toPlainString();
        };
    }

    /** The input's own freshness window: its override, else the file's window for labs or lifestyle weeks. */
    private static String fresh(AssessmentInput input, @Nullable Integer override, AssessmentRules rules) {
        int weeks = override != null ? override : input.isLab() ? rules.labFreshWeeks() : rules.lifestyleFreshWeeks();
        return "; counts while under " + weeks + " weeks old";
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
