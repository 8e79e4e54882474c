package io.defplorex.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import io.defplorex.ui.DefplorexProperties;
import io.defplorex.ui.cluster.Cluster;
import io.defplorex.ui.cluster.ClusterFormat;
import io.defplorex.ui.cluster.ClusterRequest;
import io.defplorex.ui.cluster.ClusterFacts;
import io.defplorex.ui.cluster.ClusterResult;
import io.defplorex.ui.chart.Sparkline;
import tools.jackson.databind.JsonNode;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouterLink;
import io.defplorex.ui.es.DefplorexClient;
import io.defplorex.ui.es.EsException;

/**
 * The analyst's main view: pick pivot features, run the clustering, browse the clusters largest first,
 * and select one to list its records below.
 */
@Route(value = "", layout = MainLayout.class)
@RouteAlias(value = "clusters", layout = MainLayout.class)
@PageTitle("Clusters · DefPloreX")
public class ClustersView extends VerticalLayout implements BeforeEnterObserver {

    static final int CLUSTERS_SHOWN = 50;

    private final DefplorexClient client;
    private final String index;
    private final MultiSelectComboBox<String> features = new MultiSelectComboBox<>("Pivot features");
    private final IntegerField minSize = new IntegerField("Min size");
    private final TextField query = new TextField("Records query");
    private final Select<String> sort = new Select<>();
    private final Button next = new Button("Next page");
    private final Button first = new Button("First page");
    private ClusterResult shown;
    private boolean runOnAttach;
    private final Button run = new Button("Run");
    private final Span status = new Span();
    private final Grid<Cluster> clusters = new Grid<>();
    private final ClusterRecordsPanel records;

    public ClustersView(DefplorexClient client, DefplorexProperties properties) {
        this.client = client;
        this.index = properties.index();
        this.records = new ClusterRecordsPanel(client, index);
        setSizeFull();

        Span source = new Span("index " + index + " at " + properties.es().url());
        source.addClassName("dpx-status");
        add(new H2("Clusters"), source, toolbar(), status, clusterGrid(), pager(), records);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("q").ifPresent(query::setValue);
        parameters.getSingleParameter("pivots").ifPresent(pivots -> PivotSelection.set(List.of(pivots.split(","))));
        runOnAttach = parameters.getSingleParameter("q").isPresent()
                || parameters.getSingleParameter("pivots").isPresent();
    }

    private HorizontalLayout pager() {
        first.setId("first-page");
        next.setId("next-page");
        first.addClickListener(click -> runClustering(null));
        next.addClickListener(click -> runClustering(shown == null ? null : shown.next()));
        next.setEnabled(false);
        first.setEnabled(false);
        HorizontalLayout pager = new HorizontalLayout(first, next, Exports.links("clusters", "clusters",
                () -> ClusterTable.of(shown == null ? List.of() : shown.clusters())));
        pager.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return pager;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        if (!attach.isInitialAttach()) {
            return;
        }
        List<String> pivots = PivotSelection.get();
        if (!runOnAttach || pivots.isEmpty()) {
            loadFeatures();
            return;
        }
        // A link with pivots clusters at once: the mapping (for the pivots list) and the clustering side by side.
        ClusterRequest request = request(pivots, null);
        Parallel.Both<Set<String>, ClusterResult> both = Parallel.both(() -> client.pivotFeatures(index),
                () -> client.cluster(request));
        try {
            showFeatures(both.first().get());
        } catch (EsException e) {
            ErrorNotice.show("Could not read the features of index " + index + ": " + e.getMessage());
        }
        try {
            show(both.second().get(), null, pivots);
        } catch (EsException e) {
            ErrorNotice.show("Clustering failed: " + e.getMessage());
        }
    }

    private HorizontalLayout toolbar() {
        features.setId("features");
        features.setWidth("32em");
        features.setPlaceholder("numeric features with bins, keyword features");
        minSize.setId("min-size");
        minSize.setMin(1);
        minSize.setValue(1);
        minSize.setStepButtonsVisible(true);
        minSize.setWidth("9em");
        run.setId("run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickShortcut(Key.ENTER).listenOn(minSize, query); // not on the features: Enter picks an item there
        query.setId("cluster-query");
        query.setPlaceholder("e.g. attacker:x AND tld:gov");
        query.setWidth("18em");
        sort.setId("sort");
        sort.setLabel("Sort");
        sort.setItems("size", "start");
        sort.setValue("size");
        sort.setWidth("7em");
        run.setDisableOnClick(true);
        run.addClickListener(click -> {
            try {
                runClustering(null);
            } finally {
                run.setEnabled(true);
            }
        });
        status.setId("status");
        status.addClassName("dpx-status");

        HorizontalLayout toolbar = new HorizontalLayout(features, query, minSize, sort, run);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        return toolbar;
    }

    private Grid<Cluster> clusterGrid() {
        clusters.setId("clusters");
        clusters.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        clusters.addColumn(new ComponentRenderer<>(this::sizeCell)).setHeader("Size").setAutoWidth(true)
                .setFlexGrow(0);
        clusters.addColumn(new ComponentRenderer<>(cluster -> Badges.bins(cluster.key()))).setHeader("Key")
                .setFlexGrow(3);
        clusters.addColumn(cluster -> ClusterFormat.time(cluster.start())).setHeader("Start (UTC)")
                .setAutoWidth(true).setFlexGrow(0);
        clusters.addColumn(cluster -> ClusterFormat.time(cluster.end())).setHeader("End (UTC)")
                .setAutoWidth(true).setFlexGrow(0);
        clusters.addColumn(ClusterFormat::attackers).setHeader("Attackers").setFlexGrow(2);
        clusters.addColumn(new ComponentRenderer<>(cluster -> count(cluster.facts().textHashes(), "text-hashes")))
                .setHeader("Text hashes").setAutoWidth(true).setFlexGrow(0);
        clusters.addColumn(new ComponentRenderer<>(cluster -> count(cluster.facts().tlds(), "tlds")))
                .setHeader("TLDs").setAutoWidth(true).setFlexGrow(0);
        clusters.addColumn(Cluster::domains).setHeader("Domains").setAutoWidth(true).setFlexGrow(0);
        clusters.addColumn(new ComponentRenderer<>(this::timeline)).setHeader("Timeline").setAutoWidth(true)
                .setFlexGrow(0);
        clusters.addColumn(new ComponentRenderer<>(this::campaignLink)).setHeader("").setAutoWidth(true)
                .setFlexGrow(0);
        clusters.setMinHeight("14em");
        clusters.setHeight("24em");
        clusters.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() == null) {
                records.clear();
            } else {
                records.show(change.getValue());
            }
        });
        return clusters;
    }

    /** A distinct count, a dash when the plugin did not send it. */
    private static Span count(long count, String what) {
        Span cell = new Span(count < 0 ? "–" : String.valueOf(count));
        cell.addClassName("cluster-" + what);
        return cell;
    }

    private com.vaadin.flow.component.Component timeline(Cluster cluster) {
        List<Long> counts = cluster.facts().timeline().stream().map(ClusterFacts.Point::count).toList();
        var chart = Badges.svg(Sparkline.svg(counts, 120, 24), "timeline");
        chart.addClassName("dpx-sparkline");
        return chart;
    }

    private RouterLink campaignLink(Cluster cluster) {
        RouterLink link = new RouterLink("Campaign", CampaignView.class);
        link.setQueryParameters(CampaignView.parameters(cluster));
        link.addClassName("campaign-link");
        return link;
    }

    private Span sizeCell(Cluster cluster) {
        Span size = new Span(String.valueOf(cluster.size()));
        size.addClassName("cluster-size");
        return size;
    }

    private void loadFeatures() {
        try {
            showFeatures(client.pivotFeatures(index));
        } catch (EsException e) {
            ErrorNotice.show("Could not read the features of index " + index + ": " + e.getMessage());
        }
    }

    private void showFeatures(Set<String> pivots) {
        features.setItems(pivots);
        features.select(PivotSelection.get().stream().filter(pivots::contains).toList());
        if (pivots.isEmpty()) {
            status.setText("index " + index + " has no pivot features yet: run the features and quantize "
                    + "transformers first");
        } else if (features.getSelectedItems().isEmpty()) {
            status.setText("pick the pivot features (e.g. n_img, n_script, n_style), then Run");
        }
    }

    private ClusterRequest request(List<String> pivots, JsonNode after) {
        return new ClusterRequest(index, pivots, minSize.getValue() == null ? 1 : minSize.getValue(), CLUSTERS_SHOWN,
                query.getValue(), sort.getValue(), after);
    }

    private void runClustering(JsonNode after) {
        List<String> pivots = new ArrayList<>(features.getSelectedItems());
        if (pivots.isEmpty()) {
            ErrorNotice.show("Pick at least one pivot feature.");
            return;
        }
        if (minSize.getValue() == null || minSize.getValue() < 1) {
            ErrorNotice.show("Min size must be a whole number of at least 1.");
            return;
        }
        try {
            show(client.cluster(request(pivots, after)), after, pivots);
        } catch (EsException e) {
            ErrorNotice.show("Clustering failed: " + e.getMessage());
        }
    }

    private void show(ClusterResult result, JsonNode after, List<String> pivots) {
        PivotSelection.set(pivots);
        records.clear();
        shown = result;
        clusters.setItems(result.clusters());
        status.setText(ClusterFormat.summary(result));
        next.setEnabled(result.next() != null);
        first.setEnabled(after != null);
    }
}
