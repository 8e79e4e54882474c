package io.defplorex.ui.view;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import io.defplorex.ui.es.EsException;

/**
 * Last line of defence: an exception no view caught becomes a notification naming the reason,
 * never an error page; unexpected ones are logged with their stack trace for the operator.
 */
@Component
public class UiErrorHandler implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable cause = error.getThrowable();
            if (cause instanceof EsException || cause instanceof IllegalArgumentException) {
                LOG.warn("request failed: {}", cause.getMessage());
            } else {
                LOG.error("unexpected failure in the UI", cause);
            }
            if (UI.getCurrent() != null) {
                ErrorNotice.show(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
            }
        }));
    }
}
