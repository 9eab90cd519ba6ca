package com.hpgdesk.handout.ui;

import com.hpgdesk.handout.HandoutBatchService;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Lets a page's test drive the batch dialog it hosts and see its notice, without widening their API. */
public final class HandoutBatchNoticeProbe {

    private final HandoutBatchDialog dialog;

    public HandoutBatchNoticeProbe(HandoutBatchDialog dialog) {
        this.dialog = dialog;
    }

    public List<String> scopeLabels() {
        return Arrays.stream(HandoutBatchDialog.Scope.values())
                .map(scope -> dialog.scope.getItemLabelGenerator().apply(scope)).toList();
    }

    public boolean chosenScopeIsSelected() {
        return dialog.scope.getValue() == HandoutBatchDialog.Scope.SELECTED;
    }

    public void chooseZipAndStart() {
        dialog.format.setValue(HandoutBatchService.Format.ZIP);
        dialog.start.click();
    }

    /** The tab is gone (reloaded, closed): its notice with it, while the batch stays kept for its requester. */
    public void loseNotice() {
        var notice = dialog.notice();
        if (notice != null) {
            notice.notification.close();
        }
    }

    /** What a reloaded tab shows: the notices the app opens again for the signed-in person, by their status line. */
    public static List<ReopenedNotice> reopen(org.springframework.context.ApplicationContext context) {
        return context.getBean(HandoutBatchNoticeReopening.class).reopenIn().stream().map(ReopenedNotice::new).toList();
    }

    /** A notice opened again in a reloaded tab. */
    public record ReopenedNotice(HandoutBatchNotice notice) {

        public String status() {
            return notice.status.getText();
        }

        public boolean offersDownload() {
            return notice.download.isVisible() && !notice.download.getHref().isBlank();
        }

        public boolean isOpened() {
            return notice.notification.isOpened();
        }

        public void close() {
            notice.close.click();
        }
    }

    public CompletableFuture<HandoutBatchService.Progress> finished() {
        var notice = dialog.notice();
        if (notice == null) {
            throw new AssertionError("The dialog started no batch");
        }
        return notice.finished();
    }
}
