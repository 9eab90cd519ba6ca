package com.hpgdesk.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages after an action. Errors stay until dismissed so they can be read at any pace. */
public final class Notices {

    private Notices() {
    }

    public static void success(String message) {
        var notification = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Someone else saved first: say so, and offer to reload the current version. */
    public static void staleCopy(String message, Runnable reload) {
        var notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setPosition(Notification.Position.MIDDLE);
        var text = new com.vaadin.flow.component.html.Span(message);
        var reloadButton = new com.vaadin.flow.component.button.Button("Reload", click -> {
            notification.close();
            reload.run();
        });
        reloadButton.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        var close = new com.vaadin.flow.component.button.Button("Dismiss", click -> notification.close());
        close.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY_INLINE);
        var content = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(text, reloadButton, close);
        content.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
        // The only way forward is to see the other version: put the keyboard on that action.
        reloadButton.focus();
    }

    public static void error(String message) {
        var notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.MIDDLE);
        var text = new com.vaadin.flow.component.html.Span(message);
        var close = new com.vaadin.flow.component.button.Button("Dismiss", click -> notification.close());
        close.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY_INLINE);
        var content = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(text, close);
        content.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
    }
}
