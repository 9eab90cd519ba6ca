package com.hpgdesk.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.tabs.TabSheet;

/**
 * Vaadin's tab sheet, with one repair for screen readers. Its tab strip ({@code role="tablist"}) wraps the
 * tabs in a scroll container carrying {@code tabindex="-1"}, which axe-core reports as a child a tablist must
 * not have (critical: assistive technology may not announce the tabs as a set). The container is never in
 * the keyboard order anyway (-1), so the attribute is removed; arrow keys between tabs work as before.
 */
public class AccessibleTabSheet extends TabSheet {

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs("""
                const tabs = this.querySelector(':scope > vaadin-tabs');
                if (!tabs) { return; }
                const repair = () => tabs.shadowRoot?.querySelector('[part="tabs"]')?.removeAttribute('tabindex');
                tabs.updateComplete ? tabs.updateComplete.then(repair) : repair();
                """);
    }
}
