package com.hpgdesk.protocol.ui;

import com.hpgdesk.base.ConcurrentEditException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Someone else saved first: says so and offers to reload, because the only way forward is to see their
 * version and make the change again. Stays until acted on, like every error notice.
 */
final class StaleCopyNotice {

    private StaleCopyNotice() {
    }

    static void show(ConcurrentEditException refusal, Runnable reload) {
        var notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.MIDDLE);
        var text = new Span(refusal.getMessage());
        var reloadButton = new Button("Reload", click -> {
            notification.close();
            reload.run();
        });
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var dismiss = new Button("Dismiss", click -> notification.close());
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        var content = new HorizontalLayout(text, reloadButton, dismiss);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
        reloadButton.focus();
    }
}
