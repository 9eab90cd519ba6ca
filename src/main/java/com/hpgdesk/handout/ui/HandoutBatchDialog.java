package com.hpgdesk.handout.ui;

import com.hpgdesk.base.ui.Notices;
import com.hpgdesk.handout.HandoutBatchService;
import com.hpgdesk.handout.HandoutBatchService.BatchPatient;
import com.hpgdesk.handout.HandoutService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Asks for whom, in which form and language to make handouts at once, then starts the batch and leaves it to a
 * {@link HandoutBatchNotice}: the clinician can go on working while it is made. Hosted by any page that lists
 * patients (the practice review).
 */
public class HandoutBatchDialog extends Dialog {

    /** Whose handouts: the rows ticked, or everyone the page's filter finds. */
    enum Scope { SELECTED, ALL_FILTERED }

    final RadioButtonGroup<Scope> scope = new RadioButtonGroup<>("Patients");
    final RadioButtonGroup<HandoutBatchService.Format> format = new RadioButtonGroup<>("Form");
    final Select<HandoutService.Language> language = new Select<>();
    final Button start = new Button("Make handouts");
    private final HandoutBatchService batches;
    private final List<BatchPatient> selected;
    private final Supplier<List<BatchPatient>> filtered;
    private @Nullable HandoutBatchNotice notice;

    /**
     * @param filteredCount how many patients the page's filter finds
     * @param filtered those patients, fetched only when chosen (at most one more than a batch may hold)
     */
    public HandoutBatchDialog(HandoutBatchService batches, HandoutService handouts, List<BatchPatient> selected,
                              long filteredCount, Supplier<List<BatchPatient>> filtered) {
        this.batches = batches;
        this.selected = List.copyOf(selected);
        this.filtered = filtered;
        setHeaderTitle("Handouts for several patients");
        setId("handout-batch-dialog");

        scope.setItems(Scope.values());
        scope.setItemLabelGenerator(each -> each == Scope.SELECTED ? "Selected (" + selected.size() + ")"
                : "All filtered (" + filteredCount + ")");
        scope.setItemEnabledProvider(each -> each == Scope.SELECTED ? !selected.isEmpty() : filteredCount > 0);
        scope.setValue(selected.isEmpty() ? Scope.ALL_FILTERED : Scope.SELECTED);
        scope.setId("handout-batch-scope");
        format.setItems(HandoutBatchService.Format.values());
        format.setItemLabelGenerator(HandoutBatchService.Format::label);
        format.setValue(HandoutBatchService.Format.ZIP);
        format.setId("handout-batch-format");
        List<HandoutService.Language> languages = handouts.languages();
        language.setLabel("Language");
        language.setItems(languages);
        language.setItemLabelGenerator(HandoutService.Language::name);
        languages.stream().filter(each -> each.code().equals(handouts.defaultLanguage())).findFirst()
                .ifPresent(language::setValue);
        language.setId("handout-batch-language");

        add(new Paragraph("Each patient's handout is made and kept with him as if made on his page. You can go on "
                        + "working meanwhile; a notice in the corner shows the progress and offers the download. "
                        + "At most " + HandoutBatchService.MAX_PATIENTS + " patients at a time."),
                scope, format, language);

        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("handout-batch-start");
        start.addClickListener(click -> start());
        var cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, start);
    }

    void start() {
        if (scope.getValue() == null || format.getValue() == null || language.getValue() == null) {
            Notices.error("Choose the patients, the form and the language of the handouts.");
            return;
        }
        List<BatchPatient> chosen = scope.getValue() == Scope.SELECTED ? selected : filtered.get();
        var opened = new HandoutBatchNotice(batches);
        try {
            opened.follow(batches.start(chosen, format.getValue(), language.getValue().code(), opened.listener()));
        } catch (IllegalArgumentException | IllegalStateException refused) {
            opened.notification.close();
            Notices.error(refused.getMessage());
            return;
        }
        notice = opened;
        close();
    }

    /** The notice of the batch this dialog started, if it started one. */
    @Nullable HandoutBatchNotice notice() {
        return notice;
    }
}
