package com.hpgdesk.history.ui;

import com.hpgdesk.history.RecordVersion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

/**
 * Earlier versions of a patient's records, newest first: what each was, and who changed or deleted it when. Each
 * version folds open as plain text. Fetched only when opened, since fetching them is an audited read.
 */
public final class HistoryDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    HistoryDialog(String title, List<RecordVersion> versions) {
        setHeaderTitle(title);
        setWidth("min(44rem, 95vw)");
        if (versions.isEmpty()) {
            add(new Paragraph("Nothing was changed or deleted yet."));
        }
        for (RecordVersion version : versions) {
            var earlier = new Pre(version.getEarlier());
            earlier.addClassName("record-version");
            var item = new Details(version.getChange().label() + " by " + version.getChangedBy() + " on "
                    + WHEN.format(version.getChangedAt()) + " (" + version.getKind().label() + " "
                    + version.getRecordId() + "); before that it read:", earlier);
            add(item);
        }
        getFooter().add(new Button("Close", click -> close()));
    }

    /** A "History" button that fetches the versions when clicked and shows them. */
    public static Button button(String title, Supplier<List<RecordVersion>> versions) {
        var button = new Button("History", VaadinIcon.TIME_BACKWARD.create(),
                click -> new HistoryDialog(title, versions.get()).open());
        button.getElement().setAttribute("aria-label", title);
        return button;
    }
}
