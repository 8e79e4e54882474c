package io.defplorex.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import io.defplorex.ui.chart.Sparkline;
import io.defplorex.ui.cluster.AttackerCount;
import io.defplorex.ui.cluster.ClusterFacts;
import io.defplorex.ui.cluster.ClusterFormat;
import io.defplorex.ui.es.DefplorexClient;
import io.defplorex.ui.es.EsException;
import io.defplorex.ui.record.CampaignFacts;
import io.defplorex.ui.record.Queries;
import io.defplorex.ui.record.Thumbnails;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One campaign (the records of a cluster's query, or of a Lucene query): when it ran, a wall of its screenshots,
 * who signed it, its words and hashtags, the sites hit, and a button to re-run transformers on its pages.
 */
@Route(value = "campaign", layout = MainLayout.class)
@PageTitle("Campaign · DefPloreX")
public class CampaignView extends VerticalLayout implements BeforeEnterObserver {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String RERUN_CHAIN = "render,extract,features";

    private final DefplorexClient client;

    public CampaignView(DefplorexClient client) {
        this.client = client;
        setId("campaign");
    }

    /** The parameters of a link to the campaign of {@code query} (Query DSL), titled {@code label}. */
    static QueryParameters parameters(JsonNode query, String label) {
        return QueryParameters.simple(Map.of("query", query.toString(), "key", label));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var parameters = event.getLocation().getQueryParameters();
        String label = parameters.getSingleParameter("key").orElse("");
        JsonNode query;
        try {
            query = parameters.getSingleParameter("query").isPresent()
                    ? JSON.readTree(parameters.getSingleParameter("query").get())
                    : Queries.lucene(parameters.getSingleParameter("q").orElse(""));
        } catch (JacksonException e) {
            ErrorNotice.show("The campaign's query is not JSON: " + e.getOriginalMessage());
            return;
        }
        CampaignFacts campaign;
        try {
            long interval = CampaignFacts.interval(client.post(client.index() + "/_search",
                    CampaignFacts.spanBody(query)));
            campaign = CampaignFacts.parse(client.post(client.index() + "/_search",
                    CampaignFacts.body(query, interval)));
        } catch (EsException e) {
            ErrorNotice.show("Could not read the campaign: " + e.getMessage());
            return;
        }
        show(label, query, campaign);
    }

    private void show(String label, JsonNode query, CampaignFacts campaign) {
        H2 title = new H2("Campaign " + label);
        Span span = new Span(campaign.records() + " records from " + ClusterFormat.time(campaign.start()) + " to "
                + ClusterFormat.time(campaign.end()) + " (UTC)");
        span.setId("campaign-span");
        List<Long> counts = campaign.timeline().stream().map(ClusterFacts.Point::count).toList();
        var timeline = Badges.svg(Sparkline.svg(counts, 600, 60), "timeline of the campaign");
        timeline.setId("campaign-timeline");

        RouterLink rerun = new RouterLink("Re-run " + RERUN_CHAIN + " on these pages", JobsView.class);
        rerun.setQueryParameters(QueryParameters.simple(Map.of("query", query.toString(), "chain", RERUN_CHAIN)));
        rerun.setId("rerun");

        add(title, span, timeline, new FlexLayout(rerun), wall(campaign), facets(campaign),
                Exports.links("campaign", "campaign", () -> table(campaign)));
    }

    private FlexLayout wall(CampaignFacts campaign) {
        Map<String, String> thumbnails = Thumbnails.of(client, client.index(), campaign.newestIds());
        FlexLayout wall = new FlexLayout();
        wall.setId("wall");
        wall.addClassName("dpx-wall");
        for (String id : campaign.newestIds()) {
            Div tile = new Div(Badges.thumbnail(thumbnails.get(id), id), new Span(id));
            tile.addClassName("dpx-tile");
            wall.add(tile);
        }
        return wall;
    }

    private FlexLayout facets(CampaignFacts campaign) {
        FlexLayout columns = new FlexLayout();
        columns.addClassName("dpx-facets");
        campaign.facets().forEach((facet, values) -> {
            Div column = new Div(new H4(facet + "s"));
            column.setId("facet-" + facet);
            column.addClassName("dpx-facet");
            for (AttackerCount value : values) {
                column.add(line(facet, value));
            }
            columns.add(column);
        });
        return columns;
    }

    private Div line(String facet, AttackerCount value) {
        Div line = new Div();
        line.addClassName("facet-value");
        if (facet.equals("attacker") || facet.equals("team")) {
            RouterLink link = new RouterLink(value.name(), ClustersView.class);
            link.setQueryParameters(clustersOf(facet, value.name()));
            line.add(link, new Span(" (" + value.count() + ")"));
        } else {
            line.setText(value.name() + " (" + value.count() + ")");
        }
        return line;
    }

    /** Parameters of the clusters view filtered to the records signed by {@code name}, on the current pivots. */
    private static QueryParameters clustersOf(String field, String name) {
        String quoted = "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        Map<String, String> parameters = new java.util.HashMap<>(Map.of("q", field + ":" + quoted));
        if (!PivotSelection.get().isEmpty()) {
            parameters.put("pivots", String.join(",", PivotSelection.get()));
        }
        return QueryParameters.simple(parameters);
    }

    private static Exports.Table table(CampaignFacts campaign) {
        List<List<String>> rows = new ArrayList<>();
        campaign.facets().forEach((facet, values) -> values.forEach(value ->
                rows.add(List.of(facet, value.name(), String.valueOf(value.count())))));
        return new Exports.Table(List.of("facet", "value", "records"), rows);
    }
}
