package com.hpgdesk.handout.ui;

import com.hpgdesk.base.ui.DateFields;
import com.hpgdesk.base.ui.Notices;
import com.hpgdesk.handout.Handout;
import com.hpgdesk.handout.HandoutService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Handouts for one patient: choose his language and the date of his next labs, generate, preview the PDF in
 * the page and download it; earlier handouts below, each viewable and downloadable exactly as it was made.
 * The PDF is served by a download handler that asks the service for the bytes on every request, so the
 * service checks the role and audits each view and download, and no handout is held in the session.
 */
public class HandoutsPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    final Select<HandoutService.Language> language = new Select<>();
    final DatePicker nextLabs = DateFields.create("Next labs");
    final Button generate = new Button("Generate handout");
    final Grid<Handout> earlier = new Grid<>();
    final IFrame preview = new IFrame();
    final H4 previewHeading = new H4();
    private final HandoutService handouts;
    private final long patientId;

    public HandoutsPanel(HandoutService handouts, long patientId) {
        this(handouts, patientId, true);
    }

    /** With {@code mayChange} false (a reviewer) earlier handouts open and download, but none is generated. */
    public HandoutsPanel(HandoutService handouts, long patientId, boolean mayChange) {
        this.handouts = handouts;
        this.patientId = patientId;
        setPadding(false);
        addClassName("handouts");

        List<HandoutService.Language> languages = handouts.languages();
        language.setLabel("Handout language for this patient");
        language.setHelperText("Remembered for him and offered first next time");
        language.setItems(languages);
        language.setItemLabelGenerator(HandoutService.Language::name);
        String suggested = handouts.suggestedLanguage(patientId);
        languages.stream().filter(each -> each.code().equals(suggested)).findFirst().ifPresent(language::setValue);
        language.setId("handout-language");
        language.setReadOnly(!mayChange);
        language.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                handouts.choosePatientLanguage(patientId, change.getValue().code());
                Notices.success("His handouts will be in " + change.getValue().name() + " from now on.");
            }
        });
        nextLabs.setValue(handouts.suggestedNextLabs(patientId));
        nextLabs.setHelperText("Printed as the date of his next blood test; clear it to leave the date open");
        nextLabs.setId("handout-next-labs");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.setId("handout-generate");
        generate.addClickListener(click -> generate());
        var form = new HorizontalLayout(language, nextLabs, generate);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.setVisible(mayChange);

        earlier.addColumn(handout -> WHEN.format(handout.getGeneratedAt())).setHeader("Generated").setAutoWidth(true);
        earlier.addColumn(Handout::getGeneratedBy).setHeader("By").setAutoWidth(true);
        earlier.addColumn(this::languageName).setHeader("Language").setAutoWidth(true);
        earlier.addColumn(Handout::getPageCount).setHeader("Pages").setAutoWidth(true);
        earlier.addColumn(handout -> String.format(Locale.ROOT, "%.0f KB", handout.getSizeBytes() / 1024.0))
                .setHeader("Size").setAutoWidth(true);
        earlier.addColumn(handout -> handout.getRulesVersion() + " / " + handout.getTemplateVersion())
                .setHeader("Rules / wording").setAutoWidth(true);
        earlier.addColumn(handout -> handout.getSha256().substring(0, 12) + "…").setHeader("SHA-256")
                .setAutoWidth(true);
        earlier.addComponentColumn(this::actions).setHeader("Open").setAutoWidth(true);
        earlier.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        earlier.setAllRowsVisible(true);
        earlier.setAriaLabel("Earlier handouts of this patient");
        earlier.setId("handout-list");

        preview.setId("handout-preview");
        preview.setWidthFull();
        preview.setHeight("900px");
        preview.getElement().setAttribute("title", "Preview of the handout");
        preview.setVisible(false);
        previewHeading.setVisible(false);

        add(new H3("Patient handouts"),
                new Paragraph("A printable summary for the patient, in plain words and his language: where he "
                        + "stands, his latest results and recovery curve, both marker tables worded for him, and "
                        + "his plan. Each handout is kept exactly as generated."),
                form, new H4("Earlier handouts"), earlier, previewHeading, preview);
        refresh();
    }

    private String languageName(Handout handout) {
        return handouts.languages().stream().filter(each -> each.code().equals(handout.getLanguage()))
                .map(HandoutService.Language::name).findFirst().orElse(handout.getLanguage());
    }

    HorizontalLayout actions(Handout handout) {
        var view = new Button("Preview", click -> show(handout));
        view.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        view.getElement().setAttribute("aria-label", "Preview the handout of " + WHEN.format(handout.getGeneratedAt()));
        var download = new Anchor(pdf(handouts, handout.id(), true), AttachmentType.DOWNLOAD, "Download PDF");
        download.getElement().setAttribute("aria-label",
                "Download the handout of " + WHEN.format(handout.getGeneratedAt()) + " as PDF");
        download.addClassName("handout-download");
        var actions = new HorizontalLayout(view, download);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setPadding(false);
        return actions;
    }

    void generate() {
        var chosen = language.getValue();
        if (chosen == null) {
            Notices.error("Choose the language of the handout.");
            return;
        }
        if (nextLabs.isInvalid()) {
            Notices.error("Enter the date of his next labs as a date, or clear it.");
            return;
        }
        Handout made = handouts.generate(patientId, chosen.code(), nextLabs.getValue());
        refresh();
        show(made);
        Notices.success("Handout generated: " + made.getPageCount() + " pages. Preview below; download it from the list.");
    }

    void refresh() {
        earlier.setItems(handouts.handoutsOf(patientId));
    }

    void show(Handout handout) {
        previewHeading.setText("Preview: handout of " + WHEN.format(handout.getGeneratedAt()));
        preview.setSrc(pdf(handouts, handout.id(), false));
        preview.getElement().setAttribute("title", "Preview of the handout of " + WHEN.format(handout.getGeneratedAt()));
        previewHeading.setVisible(true);
        preview.setVisible(true);
    }

    /**
     * Serves a stored handout: the service checks the user's role and audits the view or download on each
     * request; a refusal answers 403 and an unknown handout 404, with no bytes.
     */
    static DownloadHandler pdf(HandoutService handouts, long handoutId, boolean download) {
        return event -> {
            HandoutService.HandoutBytes file;
            try {
                file = handouts.open(handoutId, download);
            } catch (AccessDeniedException | AuthenticationException refused) {
                event.getResponse().setStatus(403);
                return;
            } catch (IllegalArgumentException gone) {
                event.getResponse().setStatus(404);
                return;
            }
            event.setContentType("application/pdf");
            event.setContentLength(file.content().length);
            if (download) {
                event.setFileName(file.fileName());
            } else {
                event.inline(file.fileName());
            }
            event.getResponse().setHeader("Cache-Control", "no-store");
            if (!download) {
                // The app's pages may never be framed; this one response may, by the app's own page only, so
                // that the Handouts tab can preview it. Replaces the headers the security filter wrote.
                event.getResponse().setHeader("X-Frame-Options", "SAMEORIGIN");
                event.getResponse().setHeader("Content-Security-Policy", "frame-ancestors 'self'");
            }
            try (OutputStream out = event.getOutputStream()) {
                out.write(file.content());
            }
        };
    }
}
