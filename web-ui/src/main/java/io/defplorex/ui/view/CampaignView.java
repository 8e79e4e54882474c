package io.defplorex.ui.view;

import java.util.ArrayList;
import java.util.Arrays;
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
import io.defplorex.ui.cluster.Cluster;
import io.defplorex.ui.cluster.ClusterFacts;
import io.defplorex.ui.cluster.ClusterFormat;
import io.defplorex.ui.cluster.ClusterRequest;
import io.defplorex.ui.cluster.ClusterResponses;
import io.defplorex.ui.cluster.ClusterResult;
import io.defplorex.ui.es.DefplorexClient;
import io.defplorex.ui.es.EsException;
import io.defplorex.ui.record.CampaignFacts;
import io.defplorex.ui.record.Queries;
import io.defplorex.ui.record.Thumbnails;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One campaign (the records of a cluster's query, or of a Lucene query): when it ran, a wall of its screenshots,
 * who signed it and with which teams, its words and hashtags, the sites hit, and a button to re-run transformers
 * on its pages. A cluster's span and timeline are the plugin's cluster facts, asked for while the facets search
 * runs.
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

    /** The parameters of a link to the campaign of {@code cluster}. */
    static QueryParameters parameters(Cluster cluster) {
        return QueryParameters.simple(Map.of("query", cluster.query().toString(),
                "key", ClusterFormat.key(cluster.key()), "pivots", String.join(",", cluster.key().keySet())));
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
        List<String> pivots = parameters.getSingleParameter("pivots").stream()
                .flatMap(list -> Arrays.stream(list.split(","))).filter(pivot -> !pivot.isBlank()).toList();
        try {
            if (pivots.isEmpty()) {
                long interval = CampaignFacts.interval(client.post(client.index() + "/_search",
                        CampaignFacts.spanBody(query)));
                show(label, query, CampaignFacts.parse(client.post(client.index() + "/_search",
                        CampaignFacts.body(query, interval))), null);
            } else {
                showCluster(label, query, pivots);
            }
        } catch (EsException e) {
            ErrorNotice.show("Could not read the campaign: " + e.getMessage());
        }
    }

    /** The facets search and the plugin's facts of the one cluster {@code query} selects, side by side. */
    private void showCluster(String label, JsonNode query, List<String> pivots) {
        ObjectNode request = ClusterResponses.body(new ClusterRequest(client.index(), pivots, 1, 1));
        request.set("query", query);
        Parallel.Both<ClusterResult, CampaignFacts> both = Parallel.both(() -> client.cluster(request),
                () -> CampaignFacts.parse(client.post(client.index() + "/_search", CampaignFacts.body(query, 0))));
        ClusterResult result = both.first().get();
        show(label, query, both.second().get(), result.clusters().isEmpty() ? null : result.clusters().getFirst());
    }

    /** Shows the campaign; its span and timeline are {@code cluster}'s when there is one. */
    private void show(String label, JsonNode query, CampaignFacts campaign, Cluster cluster) {
        H2 title = new H2("Campaign " + label);
        Span span = cluster == null
                ? new Span(campaign.records() + " records from " + ClusterFormat.time(campaign.start()) + " to "
                        + ClusterFormat.time(campaign.end()) + " (UTC)")
                : new Span(cluster.size() + " records from " + ClusterFormat.time(cluster.start()) + " to "
                        + ClusterFormat.time(cluster.end()) + " (UTC)");
        span.setId("campaign-span");
        List<ClusterFacts.Point> points = cluster == null ? campaign.timeline() : cluster.facts().timeline();
        List<Long> counts = points.stream().map(ClusterFacts.Point::count).toList();
        var timeline = Badges.svg(Sparkline.svg(counts, 600, 60), "timeline of the campaign");
        timeline.setId("campaign-timeline");
        Span per = new Span(cluster == null || cluster.facts().timelineInterval().isEmpty() ? ""
                : counts.size() + " buckets of " + cluster.facts().timelineInterval() + " from "
                        + ClusterFormat.time(points.isEmpty() ? null : points.getFirst().start()));
        per.setId("campaign-timeline-interval");

        RouterLink rerun = new RouterLink("Re-run " + RERUN_CHAIN + " on these pages", JobsView.class);
        rerun.setQueryParameters(QueryParameters.simple(Map.of("query", query.toString(), "chain", RERUN_CHAIN)));
        rerun.setId("rerun");

        add(title, span, timeline, per, new FlexLayout(rerun), wall(campaign), facets(campaign),
                attackerTeams(campaign), Exports.links("campaign", "campaign", () -> table(campaign)));
    }

    private Div attackerTeams(CampaignFacts campaign) {
        Div section = new Div(new H4("Teams per attacker"));
        section.setId("attacker-teams");
        campaign.attackerTeams().forEach((attacker, teams) -> {
            Div line = new Div();
            line.addClassName("attacker-teams-line");
            line.setText(attacker + ": " + (teams.isEmpty() ? "no team" : String.join(", ",
                    teams.stream().map(team -> team.name() + " (" + team.count() + ")").toList())));
            section.add(line);
        });
        return section;
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
        campaign.attackerTeams().forEach((attacker, teams) -> teams.forEach(team ->
                rows.add(List.of("team of " + attacker, team.name(), String.valueOf(team.count())))));
        return new Exports.Table(List.of("facet", "value", "records"), rows);
    }
}
