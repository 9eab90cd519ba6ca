package com.hpgdesk.assessment.ui;

import com.hpgdesk.assessment.engine.RecoveryStatus;
import com.hpgdesk.assessment.engine.Verdict;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;

/** A verdict or recovery status as icon plus words: colour is a help, never the only signal. */
final class VerdictLabel {

    private VerdictLabel() {
    }

    static Span of(Verdict verdict) {
        VaadinIcon icon = switch (verdict) {
            case SUPPORTS_RECOVERY -> VaadinIcon.CHECK_CIRCLE;
            case HINDERS_RECOVERY -> VaadinIcon.WARNING;
            case MIXED -> VaadinIcon.SCALE;
            case NOT_ENOUGH_DATA -> VaadinIcon.QUESTION_CIRCLE;
            case ON_TREATMENT -> VaadinIcon.PILL;
        };
        return labelled(icon, verdict.label(), "verdict verdict-" + cssName(verdict.name()));
    }

    static Span of(RecoveryStatus status) {
        VaadinIcon icon = switch (status) {
            case RECOVERED -> VaadinIcon.CHECK_CIRCLE;
            case ON_TRACK -> VaadinIcon.TRENDING_UP;
            case DELAYED -> VaadinIcon.CLOCK;
            case BEHIND_THE_CURVE -> VaadinIcon.WARNING;
            case ON_TREATMENT -> VaadinIcon.PILL;
            case NOT_ENOUGH_DATA -> VaadinIcon.QUESTION_CIRCLE;
        };
        return labelled(icon, status.label(), "recovery-status status-" + cssName(status.name()));
    }

    private static Span labelled(VaadinIcon vaadinIcon, String text, String classes) {
        Icon icon = vaadinIcon.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassName("verdict-icon");
        Span label = new Span(icon, new Span(text));
        for (String name : classes.split(" ")) {
            label.addClassName(name);
        }
        return label;
    }

    private static String cssName(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
