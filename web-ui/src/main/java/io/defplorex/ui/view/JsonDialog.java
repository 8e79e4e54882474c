package io.defplorex.ui.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Pre;

import io.defplorex.ui.es.DefplorexClient;
import io.defplorex.ui.es.EsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Shows one record's full JSON, without the page itself ({@code mirror.html}) and the rendered DOM. */
final class JsonDialog {

    private JsonDialog() {
    }

    static void open(DefplorexClient client, String recordId) {
        JsonNode doc;
        try {
            doc = client.get(client.index() + "/_doc/" + java.net.URLEncoder.encode(recordId,
                    java.nio.charset.StandardCharsets.UTF_8) + "?_source_excludes=mirror.html,render_dom");
        } catch (EsException e) {
            ErrorNotice.show("Could not read record " + recordId + ": " + e.getMessage());
            return;
        }
        Pre json = new Pre(JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                .writeValueAsString(doc.path("_source")));
        json.setId("record-json");
        json.addClassName("dpx-json");
        Dialog dialog = new Dialog(json);
        dialog.setHeaderTitle("Record " + recordId);
        dialog.setWidth("60em");
        Button close = new Button("Close", click -> dialog.close());
        close.setId("close-json");
        dialog.getFooter().add(close);
        dialog.open();
    }
}
