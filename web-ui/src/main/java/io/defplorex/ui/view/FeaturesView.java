package io.defplorex.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import io.defplorex.ui.chart.Histogram;
import io.defplorex.ui.es.DefplorexClient;
import io.defplorex.ui.es.EsException;
import io.defplorex.ui.feature.Feature;
import io.defplorex.ui.feature.FeatureCatalog;
import io.defplorex.ui.feature.FeatureStats;
import io.defplorex.ui.feature.Thresholds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Every feature's distribution with the current percentile thresholds drawn on it, a button to recompute the
 * thresholds, and the choice of pivot features (kept in the session for the clusters view).
 */
@Route(value = "features", layout = MainLayout.class)
@PageTitle("Features · DefPloreX")
public class FeaturesView extends VerticalLayout {

    private final DefplorexClient client;
    private final String featuresFile;
    private final Span version = new Span();
    private final Button recompute = new Button("Recompute percentiles");
    private final FlexLayout cards = new FlexLayout();

    public FeaturesView(DefplorexClient client, @Value("${defplorex.features-file:}") String featuresFile) {
        this.client = client;
        this.featuresFile = featuresFile;
        version.setId("thresholds-version");
        version.addClassName("dpx-status");
        recompute.setId("recompute");
        recompute.setDisableOnClick(true);
        recompute.addClickListener(click -> {
            try {
                recompute();
            } finally {
                recompute.setEnabled(true);
            }
        });
        cards.setId("feature-cards");
        cards.addClassName("dpx-cards");
        add(new H2("Features"), new HorizontalLayout(version, recompute), cards);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        if (attach.isInitialAttach()) {
            load();
        }
    }

    private void recompute() {
        var body = JsonNodeFactory.instance.objectNode().put("index", client.index());
        try {
            client.post("_defplorex/percentiles", body);
        } catch (EsException e) {
            ErrorNotice.show("Recomputing the percentiles failed: " + e.getMessage());
            return;
        }
        load();
    }

    private void load() {
        cards.removeAll();
        // The thresholds do not depend on the histograms: read them while mapping, ranges and histograms run.
        Parallel.Both<Histograms, Thresholds> both = Parallel.both(this::histograms, this::thresholds);
        Histograms read;
        try {
            read = both.first().get();
        } catch (EsException | IllegalArgumentException e) {
            ErrorNotice.show("Could not read the features of index " + client.index() + ": " + e.getMessage());
            return;
        }
        Thresholds thresholds;
        try {
            thresholds = both.second().get();
        } catch (EsException e) {
            ErrorNotice.show("Could not read the thresholds: " + e.getMessage());
            thresholds = null;
        }
        version.setText(thresholds == null ? "no thresholds yet: recompute the percentiles"
                : "thresholds v" + thresholds.version() + " from " + thresholds.documents() + " records at percents "
                        + thresholds.percents().stream().map(FeaturesView::number).collect(Collectors.joining(", ")));
        Map<String, FeatureStats.Distribution> distributions = FeatureStats.distributions(read.answer(),
                read.ranges());
        for (Feature feature : read.features()) {
            List<Double> limits = thresholds == null ? List.of()
                    : thresholds.byFeature().getOrDefault(feature.name(), List.of());
            cards.add(card(feature, distributions.get(feature.name()), limits, read.answer()));
        }
    }

    /** The features, their value ranges and the histograms answer. */
    private record Histograms(List<Feature> features, Map<String, double[]> ranges, JsonNode answer) {
    }

    private Histograms histograms() {
        List<Feature> features = client.features(FeatureCatalog.descriptions(featuresFile));
        Map<String, double[]> ranges = FeatureStats.ranges(client.post(client.index() + "/_search",
                FeatureStats.rangesBody(features)));
        return new Histograms(features, ranges, client.post(client.index() + "/_search",
                FeatureStats.histogramsBody(features, ranges)));
    }

    /** The newest thresholds of the index, null when there are none yet (404). */
    private Thresholds thresholds() {
        try {
            return Thresholds.parse(client.get("_defplorex/percentiles?index=" + client.index()));
        } catch (EsException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    private Div card(Feature feature, FeatureStats.Distribution distribution, List<Double> limits,
                     JsonNode histograms) {
        Div card = new Div(new H4(feature.name()));
        card.setId("feature-" + feature.name());
        card.addClassName("dpx-card");
        if (!feature.description().isEmpty()) {
            Span description = new Span(feature.description());
            description.addClassName("dpx-status");
            card.add(description);
        }
        if (feature.numeric()) {
            List<Histogram.Bucket> buckets = distribution == null ? List.of() : distribution.buckets();
            double interval = distribution == null ? 1 : distribution.interval();
            card.add(Badges.svg(Histogram.svg(buckets, interval, limits), "histogram of " + feature.name()));
            Span text = new Span(limits.isEmpty() ? "no thresholds" : "thresholds: "
                    + limits.stream().map(limit -> limit == null ? "–" : number(limit))
                            .collect(Collectors.joining(", ")));
            text.addClassName("thresholds");
            card.add(new Div(text));
        } else {
            List<String> top = new ArrayList<>();
            FeatureStats.topValues(histograms, feature.name()).forEach(value ->
                    top.add(value.name() + " (" + value.count() + ")"));
            card.add(new Div(new Span("keyword; top values: " + String.join(", ", top))));
        }
        if (!feature.numeric() || feature.binned()) {
            Checkbox pivot = new Checkbox("pivot", PivotSelection.get().contains(feature.name()));
            pivot.addClassName("pivot-choice");
            pivot.addValueChangeListener(change -> {
                List<String> pivots = new ArrayList<>(PivotSelection.get());
                pivots.remove(feature.name());
                if (change.getValue()) {
                    pivots.add(feature.name());
                }
                PivotSelection.set(pivots);
            });
            card.add(pivot);
        }
        return card;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
