package com.hpgdesk.handout.ui;

import com.hpgdesk.handout.HandoutBatchService;
import com.hpgdesk.handout.HandoutBatchService.Progress;
import com.hpgdesk.handout.HandoutBatchService.State;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * A batch of handouts as it is made: a notification that stays in the corner of every page of the app (it belongs
 * to the browser tab, not to the view that started it), with a progress bar and Cancel, and once the batch is
 * ready a download link. The batch's thread reports each step; the step is shown through {@link UI#access}, pushed
 * to the browser at once.
 */
public class HandoutBatchNotice {

    final Notification notification = new Notification();
    final Span status = new Span();
    final ProgressBar bar = new ProgressBar(0, 1, 0);
    final Button cancel = new Button("Cancel");
    final Button close = new Button("Close");
    final Anchor download;
    final UnorderedList failures = new UnorderedList();
    private final CompletableFuture<Progress> finished = new CompletableFuture<>();
    private final HandoutBatchService batches;
    private final UI ui;
    private String batchId = "";

    /** Opens the notice in the current browser tab; {@link #listener()} is what to give the batch. */
    public HandoutBatchNotice(HandoutBatchService batches) {
        this.batches = batches;
        this.ui = UI.getCurrent();
        status.setId("handout-batch-status");
        status.getElement().setAttribute("role", "status");
        bar.setId("handout-batch-progress");
        bar.getElement().setAttribute("aria-label", "Handouts made so far");
        bar.setWidth("16rem");
        cancel.setId("handout-batch-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        cancel.addClickListener(click -> {
            batches.cancel(batchId);
            cancel.setEnabled(false);
            status.setText("Cancelling after the handout in the making…");
        });
        close.setId("handout-batch-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.addClickListener(click -> dismiss());
        close.setVisible(false);
        download = new Anchor(file(batches, () -> batchId), AttachmentType.DOWNLOAD, "Download");
        download.setId("handout-batch-download");
        download.setVisible(false);
        failures.setId("handout-batch-failures");
        failures.setVisible(false);

        var actions = new HorizontalLayout(download, cancel, close);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setPadding(false);
        var content = new VerticalLayout(status, bar, failures, actions);
        content.setPadding(false);
        content.setSpacing(false);
        notification.add(content);
        notification.setPosition(Notification.Position.BOTTOM_END);
        notification.setDuration(0);
        notification.setId("handout-batch");
        status.setText("Handouts: waiting to start…");
        notification.open();
    }

    /**
     * Opens the notice of a batch already under way or finished, in a page opened (or reloaded) since it started, and
     * follows it from here on.
     */
    static HandoutBatchNotice reopen(HandoutBatchService batches, HandoutBatchService.Progress progress) {
        var notice = new HandoutBatchNotice(batches);
        notice.follow(progress.id());
        batches.follow(progress.id(), notice.listener());
        // Read again once followed: a batch that finished in between tells no one any more.
        notice.show(batches.progress(progress.id()));
        return notice;
    }

    /** Closed by the person: the batch's notice is not shown again on any page. */
    private void dismiss() {
        try {
            batches.dismiss(batchId);
        } catch (IllegalArgumentException alreadyGone) {
            // Expired or closed in another tab meanwhile: nothing left to forget.
        }
        notification.close();
    }

    /** Given to the batch: called on its thread, it hands each step over to this browser tab. */
    public HandoutBatchService.Listener listener() {
        return progress -> {
            if (progress.state().finished()) {
                finished.complete(progress);
            }
            ui.access(() -> show(progress));
        };
    }

    /** The batch this notice follows, once the service has accepted it. */
    public void follow(String batchId) {
        this.batchId = batchId;
    }

    /** Completed on the batch's thread when the batch ends: for tests, which cannot watch the browser. */
    CompletableFuture<Progress> finished() {
        return finished;
    }

    void show(Progress progress) {
        bar.setMax(Math.max(1, progress.total()));
        bar.setValue(progress.done());
        switch (progress.state()) {
            case WAITING -> status.setText("Handouts: waiting for another batch to finish…");
            case RUNNING -> status.setText("Handouts: " + progress.done() + " of " + progress.total() + " made");
            case READY -> status.setText("Handouts ready: " + progress.made() + " of " + progress.total()
                    + (progress.format() == HandoutBatchService.Format.ZIP ? " as a ZIP" : " in one PDF")
                    + (progress.failures().isEmpty() ? "." : "; " + progress.failures().size() + " could not be made:"));
            case CANCELLED -> status.setText("Handouts cancelled after " + progress.done() + " of "
                    + progress.total() + ". Those made are kept with each patient.");
            case FAILED -> status.setText("The handouts could not be made"
                    + (progress.failures().isEmpty() ? "." : ":"));
        }
        if (!progress.state().finished()) {
            return;
        }
        bar.setVisible(false);
        cancel.setVisible(false);
        close.setVisible(true);
        failures.removeAll();
        progress.failures().forEach(failure -> failures.add(new ListItem(failure.name() + " ("
                + failure.recordNumber() + "): " + failure.reason())));
        failures.setVisible(!progress.failures().isEmpty());
        if (progress.state() == State.READY) {
            download.setText(progress.format() == HandoutBatchService.Format.ZIP ? "Download ZIP" : "Download PDF");
            // The plain card: a link on the green success card falls below WCAG contrast (axe, 1.5:1).
            download.setVisible(true);
        } else if (progress.state() == State.FAILED) {
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /**
     * Serves a finished batch: the service lets only its requester have it and audits each patient's handout as
     * downloaded; a refusal answers 403 and an expired batch 404.
     */
    static DownloadHandler file(HandoutBatchService batches, java.util.function.Supplier<String> batchId) {
        return event -> {
            HandoutBatchService.BatchFile file;
            try {
                file = batches.download(batchId.get());
            } catch (AccessDeniedException | AuthenticationException refused) {
                event.getResponse().setStatus(403);
                return;
            } catch (IllegalArgumentException gone) {
                event.getResponse().setStatus(404);
                return;
            }
            event.setContentType(file.contentType());
            event.setContentLength(file.size());
            event.setFileName(file.fileName());
            event.getResponse().setHeader("Cache-Control", "no-store");
            try (OutputStream out = event.getOutputStream()) {
                Files.copy(file.path(), out);
            }
        };
    }
}
