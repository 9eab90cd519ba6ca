package com.hpgdesk.patient.ui;

import com.hpgdesk.security.Role;
import com.vaadin.flow.component.Component;
import java.util.Set;

/**
 * A tab another feature puts on the patient page. The page is a host: it lists the tabs it is given,
 * lowest {@link #order()} first, and opens the first one. It builds a tab only when the clinician first
 * opens it, so opening a patient reads, and audits, only what is shown. Implement it as a Spring bean in
 * the feature's own {@code ui} package; the patient feature then never depends on the feature.
 *
 * <p>Orders in use: the page's own Androgen history 100, Notes 800 and Contact 900; Restart protocol 200,
 * Labs 300, Lifestyle 400. A tab that should open first takes an order below 100.
 */
public interface PatientTab {

    /** The tab's label, e.g. "Labs". */
    String title();

    /** Where the tab stands among the others: lower comes first. */
    int order();

    /** Who may see the tab: the page shows it to a signed-in person holding any of these roles. */
    Set<Role> shownTo();

    /** The tab's content for one patient; called the first time the tab is opened, not before. */
    Component build(long patientId);

    /**
     * True when the page may let the tab's content go once the clinician opens another tab, and build it
     * again when he comes back: for a large content that only shows (a form he may be half-way through must
     * stay). Keeps a session small when he goes from the first tab straight to another.
     */
    default boolean releasedWhenLeft() {
        return false;
    }
}
