package io.defplorex.ui.view;

import java.util.List;

import com.vaadin.flow.server.VaadinSession;

/** The pivot features the analyst chose (features view), kept in the session for the clusters view. */
final class PivotSelection {

    private static final String KEY = "dpx.pivots";

    private PivotSelection() {
    }

    @SuppressWarnings("unchecked")
    static List<String> get() {
        Object pivots = VaadinSession.getCurrent().getAttribute(KEY);
        return pivots == null ? List.of() : (List<String>) pivots;
    }

    static void set(List<String> pivots) {
        VaadinSession.getCurrent().setAttribute(KEY, List.copyOf(pivots));
    }
}
