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

    public CompletableFuture<HandoutBatchService.Progress> finished() {
        var notice = dialog.notice();
        if (notice == null) {
            throw new AssertionError("The dialog started no batch");
        }
        return notice.finished();
    }
}
