package com.hpgdesk.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.function.Supplier;

/**
 * Tab content built the first time it is shown. A TabSheet attaches only the selected tab's content, so
 * the panels behind other tabs neither query nor audit anything until the clinician opens them. A tab sheet
 * keeps a visited tab's content in the session while another tab shows; content that is costly to keep and
 * cheap to build again can be {@link #release() released} when the clinician leaves it and is then built
 * afresh when he comes back.
 */
public class LazyTab extends Div {

    private final Supplier<? extends Component> content;
    private boolean built;

    public LazyTab(Supplier<? extends Component> content) {
        this.content = content;
        setWidthFull();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        show();
    }

    /** Builds the content if it is not there: when the tab is first shown, or shown again after a release. */
    public void show() {
        if (!built) {
            built = true;
            add(content.get());
        }
    }

    /** Lets the content go, so the session no longer keeps it while another tab shows. */
    public void release() {
        if (built) {
            built = false;
            // Disabled first: taken out of the disabled tab, content would otherwise count as enabled again
            // and a panel that refreshes when re-enabled would read (and audit) once more on its way out.
            getChildren().forEach(child -> child.getElement().setEnabled(false));
            removeAll();
        }
    }

    public boolean isBuilt() {
        return built;
    }
}
