package com.hpgdesk.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.function.Supplier;

/**
 * Tab content built the first time it is shown. A TabSheet attaches only the selected tab's content, so
 * the panels behind other tabs neither query nor audit anything until the clinician opens them.
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
        if (!built) {
            built = true;
            add(content.get());
        }
    }
}
