package com.hpgdesk.security.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * When a session ends under an open tab (idle too long, or ended by a practice lead), Vaadin's next request
 * finds none. Instead of its generic "Session expired" box the tab goes straight to the sign-in page, which
 * says why.
 */
@Component
class SessionEndedRedirect implements VaadinServiceInitListener {

    static final String SIGN_IN_AFTER_END = "login?" + LoginView.SESSION_ENDED;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> messages(
                info.getRequest() == null ? "" : info.getRequest().getContextPath()));
    }

    static CustomizedSystemMessages messages(String contextPath) {
        var messages = new CustomizedSystemMessages();
        messages.setSessionExpiredURL(contextPath + "/" + SIGN_IN_AFTER_END);
        messages.setSessionExpiredNotificationEnabled(false);
        return messages;
    }
}
