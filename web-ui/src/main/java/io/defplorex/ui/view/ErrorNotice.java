package io.defplorex.ui.view;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Tells the analyst why something failed, in a notification that stays until clicked, clear of the controls. */
public final class ErrorNotice {

    private ErrorNotice() {
    }

    public static void show(String reason) {
        Notification notice = new Notification(reason, 0, Notification.Position.BOTTOM_END);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notice.addClassName("dpx-error");
        notice.getElement().addEventListener("click", click -> notice.close());
        notice.open();
    }
}
