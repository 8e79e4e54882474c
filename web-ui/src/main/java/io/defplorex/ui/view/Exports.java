package io.defplorex.ui.view;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * "CSV" and "JSON" download links for a grid. The rows are read when the link is clicked, so an export
 * holds what the grid shows at that moment; the JSON is a list of objects keyed by the CSV's header.
 */
final class Exports {

    /** A table: the header, then rows of the same width. */
    record Table(List<String> header, List<List<String>> rows) {
    }

    private Exports() {
    }

    static HorizontalLayout links(String id, String name, Supplier<Table> table) {
        Anchor csv = new Anchor(download(name + ".csv", "text/csv", () -> csv(table.get())), "CSV");
        csv.setId(id + "-csv");
        Anchor json = new Anchor(download(name + ".json", "application/json", () -> json(table.get())), "JSON");
        json.setId(id + "-json");
        HorizontalLayout links = new HorizontalLayout(csv, json);
        links.addClassName("dpx-exports");
        return links;
    }

    static String csv(Table table) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(table.header().toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<String> row : table.rows()) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String json(Table table) {
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        for (List<String> row : table.rows()) {
            var object = rows.addObject();
            for (int i = 0; i < table.header().size(); i++) {
                object.put(table.header().get(i), i < row.size() ? row.get(i) : null);
            }
        }
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(rows);
    }

    private static DownloadHandler download(String file, String type, Supplier<String> content) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), file, type + "; charset=utf-8", bytes.length);
        });
    }
}
