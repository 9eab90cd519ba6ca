package com.hpgdesk.handout.ui;

import com.hpgdesk.handout.HandoutBatchService;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Shows a batch's notice again in every browser tab its requester opens or reloads until he closes it or the batch
 * expires: the notice belongs to a tab, and the one that started the batch may be gone before it is ready. The
 * batches are kept by the service per person, so another person's never appear.
 */
@Component
class HandoutBatchNoticeReopening implements VaadinServiceInitListener {

    private static final String SHOWN = HandoutBatchNoticeReopening.class.getName();

    private final HandoutBatchService batches;
    private final AuthenticationContext authenticationContext;

    HandoutBatchNoticeReopening(HandoutBatchService batches, AuthenticationContext authenticationContext) {
        this.batches = batches;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(this::afterNavigation));
    }

    void afterNavigation(AfterNavigationEvent event) {
        UI ui = event.getLocationChangeEvent().getUI();
        if (ComponentUtil.getData(ui, SHOWN) != null || !authenticationContext.isAuthenticated()) {
            return;
        }
        ComponentUtil.setData(ui, SHOWN, Boolean.TRUE);
        reopenIn();
    }

    /** Opens the notices of the signed-in person's open batches in the current tab. */
    List<HandoutBatchNotice> reopenIn() {
        List<HandoutBatchNotice> opened = new ArrayList<>();
        try {
            for (var progress : batches.mine()) {
                opened.add(HandoutBatchNotice.reopen(batches, progress));
            }
        } catch (AccessDeniedException notAllowedToMakeBatches) {
            // A reviewer makes no handouts, so he has no batches to show.
        } catch (IllegalArgumentException expiredMeanwhile) {
            // Discarded between listing and following: nothing to show for it.
        }
        return opened;
    }
}
