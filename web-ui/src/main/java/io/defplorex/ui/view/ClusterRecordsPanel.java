package io.defplorex.ui.view;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import io.defplorex.ui.cluster.Cluster;
import io.defplorex.ui.cluster.ClusterFormat;
import io.defplorex.ui.cluster.ClusterRecord;
import io.defplorex.ui.cluster.RecordPage;
import io.defplorex.ui.es.DefplorexClient;
import io.defplorex.ui.es.EsException;

/**
 * Lists the records of one cluster (URL, attacker, time, title), oldest first, by running the cluster's
 * own query. URLs are shown as text, not links: they point at defaced, possibly hostile pages.
 */
public class ClusterRecordsPanel extends VerticalLayout {

    static final int MAX_RECORDS = 200;

    private final DefplorexClient client;
    private final String index;
    private final H3 title = new H3();
    private final Span count = new Span();
    private final Grid<ClusterRecord> records = new Grid<>();

    public ClusterRecordsPanel(DefplorexClient client, String index) {
        this.client = client;
        this.index = index;
        setId("records");
        setPadding(false);
        count.addClassName("dpx-status");

        records.setId("records-grid");
        records.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        records.addColumn(new ComponentRenderer<>(this::urlCell)).setHeader("URL").setFlexGrow(3);
        records.addColumn(ClusterRecord::attacker).setHeader("Attacker").setFlexGrow(1);
        records.addColumn(record -> ClusterFormat.time(record.timestamp())).setHeader("Time (UTC)")
                .setAutoWidth(true).setFlexGrow(0);
        records.addColumn(ClusterRecord::title).setHeader("Title").setFlexGrow(2);
        records.setAllRowsVisible(true);

        add(title, count, records);
        setVisible(false);
    }

    /** Shows the records of {@code cluster}; a failed search leaves the panel hidden and says why. */
    public void show(Cluster cluster) {
        RecordPage page;
        try {
            page = client.records(index, cluster.query(), MAX_RECORDS);
        } catch (EsException e) {
            setVisible(false);
            ErrorNotice.show("Could not list the records of " + ClusterFormat.key(cluster.key()) + ": "
                    + e.getMessage());
            return;
        }
        title.setText("Records of " + ClusterFormat.key(cluster.key()));
        count.setText(page.records().size() < page.total()
                ? "oldest " + page.records().size() + " of " + page.total() + " records"
                : page.total() + " records");
        records.setItems(page.records());
        setVisible(true);
    }

    public void clear() {
        records.setItems();
        setVisible(false);
    }

    private Span urlCell(ClusterRecord record) {
        Span url = new Span(record.url() == null ? "(no url, id " + record.id() + ")" : record.url());
        url.addClassNames("dpx-mono", "record-url");
        return url;
    }
}
