package io.defplorex.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import io.defplorex.ui.cluster.ClusterFormat;
import io.defplorex.ui.es.DefplorexClient;
import io.defplorex.ui.es.EsException;
import io.defplorex.ui.feature.Feature;
import io.defplorex.ui.feature.FeatureCatalog;
import io.defplorex.ui.record.Queries;
import io.defplorex.ui.record.RecordHits;
import io.defplorex.ui.record.RecordPager;
import io.defplorex.ui.record.RecordRow;
import io.defplorex.ui.record.RecordSearch;
import io.defplorex.ui.record.Thumbnails;
import tools.jackson.databind.JsonNode;

/**
 * Searches the records with a Lucene query string and scrolls through all the hits in a lazy grid, newest first
 * ({@code search_after} pages, see {@link RecordPager}). Thumbnails are fetched for the rows on screen only.
 */
@Route(value = "records", layout = MainLayout.class)
@PageTitle("Records · DefPloreX")
public class RecordsView extends VerticalLayout implements BeforeEnterObserver {

    static final int EXPORT_ROWS = 1000;
    /** The grid's page size: the first search brings the count and this many rows. */
    private static final int FIRST_PAGE = 50;
    private static final String VALUES = "values";
    private static final String BINS = "bins";

    /** A row with its thumbnail, fetched with its page. */
    record Line(RecordRow row, String thumbnail) {
    }

    private final DefplorexClient client;
    private final String featuresFile;
    private final TextField query = new TextField();
    private final Button search = new Button("Search");
    private final Span status = new Span();
    private final RadioButtonGroup<String> show = new RadioButtonGroup<>();
    private final Grid<Line> grid = new Grid<>();
    private final List<Grid.Column<Line>> valueColumns = new ArrayList<>();
    private final List<Grid.Column<Line>> binColumns = new ArrayList<>();
    private JsonNode current = Queries.lucene("");
    private long hits;

    public RecordsView(DefplorexClient client, @Value("${defplorex.features-file:}") String featuresFile) {
        this.client = client;
        this.featuresFile = featuresFile;
        setSizeFull();
        query.setId("query");
        query.setPlaceholder("Lucene query, e.g. attacker:x AND tld:gov");
        query.setWidth("40em");
        search.setId("search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(Key.ENTER).listenOn(query);
        search.addClickListener(click -> run());
        status.setId("status");
        status.addClassName("dpx-status");
        show.setId("show");
        show.setItems(VALUES, BINS);
        show.setValue(VALUES);
        show.addValueChangeListener(change -> toggle());
        HorizontalLayout bar = new HorizontalLayout(query, search, show,
                Exports.links("records", "records", this::table));
        bar.setWrap(true);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2("Records"), bar, status, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("q").ifPresent(query::setValue);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        if (attach.isInitialAttach()) {
            JsonNode asked = Queries.lucene(query.getValue());
            RecordPager pager = new RecordPager(client, client.index(), asked);
            Parallel.Both<List<Feature>, RecordHits> both = Parallel.both(
                    () -> client.features(FeatureCatalog.descriptions(featuresFile)), () -> pager.first(FIRST_PAGE));
            List<Feature> features = List.of();
            try {
                features = both.first().get();
            } catch (EsException | IllegalArgumentException e) {
                ErrorNotice.show("Could not read the features of index " + client.index() + ": " + e.getMessage());
            }
            buildGrid(features);
            try {
                show(asked, pager, both.second().get());
            } catch (EsException e) {
                ErrorNotice.show("Search failed: " + e.getMessage());
            }
        }
    }

    private void buildGrid(List<Feature> features) {
        grid.setId("records-grid");
        grid.setPageSize(FIRST_PAGE);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // Lit templates, not components: a page of 50 rows would otherwise be ~1,000 server-side components.
        grid.addColumn(LitRenderer.<Line>of("${item.thumb ? html`<img class=\"dpx-thumb\" "
                + "src=\"data:image/png;base64,${item.thumb}\" alt=\"screenshot of ${item.id}\">` "
                + ": html`<span class=\"dpx-no-thumb\">no screenshot</span>`}")
                .withProperty("thumb", line -> Badges.safeBase64(line.thumbnail()))
                .withProperty("id", line -> line.row().id()))
                .setHeader("Screenshot").setWidth("140px").setFlexGrow(0);
        grid.addColumn(LitRenderer.<Line>of("<div class=\"dpx-badges\" style=\"display:flex\">"
                + "${item.colors.map(c => c ? html`<span class=\"dpx-swatch\" style=\"background-color:${c}\" "
                + "title=\"${c}\"></span>` : html`<span class=\"dpx-swatch\">?</span>`)}"
                + "${item.avg == null ? '' : html`<span>avg</span>${item.avg ? html`<span "
                + "class=\"dpx-swatch dpx-avg\" style=\"background-color:${item.avg}\" title=\"${item.avg}\">"
                + "</span>` : html`<span class=\"dpx-swatch dpx-avg\">?</span>`}`}</div>")
                .withProperty("colors", line -> line.row().colors().stream()
                        .map(color -> Objects.toString(Badges.safeColor(color), "")).toList())
                .withProperty("avg", line -> line.row().avgColor() == null ? null
                        : Objects.toString(Badges.safeColor(line.row().avgColor()), "")))
                .setHeader("Colours").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> ClusterFormat.time(line.row().timestamp())).setHeader("Time (UTC)").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<Line>of("<span class=\"dpx-mono record-url\">${item.url}</span>")
                .withProperty("url", line -> line.row().url() == null
                        ? "(no url, id " + line.row().id() + ")" : line.row().url()))
                .setHeader("URL").setWidth("18em").setFlexGrow(1);
        grid.addColumn(line -> line.row().attacker()).setHeader("Attacker").setAutoWidth(true);
        grid.addColumn(line -> line.row().encoding()).setHeader("Encoding").setAutoWidth(true);
        for (Feature feature : features) {
            valueColumns.add(grid.addColumn(line -> line.row().features().get(feature.name()))
                    .setHeader(feature.name()).setAutoWidth(true).setTooltipGenerator(line -> feature.description()));
            if (feature.binned()) {
                Grid.Column<Line> bin = grid.addColumn(binBadge(feature.name())).setHeader(feature.name())
                        .setAutoWidth(true);
                bin.setVisible(false);
                binColumns.add(bin);
            }
        }
        grid.addColumn(LitRenderer.<Line>of("<vaadin-button theme=\"small tertiary\" class=\"record-json-button\" "
                + "@click=${json}>JSON</vaadin-button>")
                .withFunction("json", line -> JsonDialog.open(client, line.row().id())))
                .setHeader("").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
    }

    private void run() {
        JsonNode asked = Queries.lucene(query.getValue());
        RecordPager pager = new RecordPager(client, client.index(), asked);
        try {
            show(asked, pager, pager.first(FIRST_PAGE));
        } catch (EsException e) {
            ErrorNotice.show("Search failed: " + e.getMessage());
        }
    }

    private void show(JsonNode asked, RecordPager pager, RecordHits first) {
        current = asked;
        hits = first.total();
        status.setText(first.total() + " records, took " + first.tookMs() + " ms");
        grid.setItems(q -> page(pager, q.getOffset(), q.getLimit()), q -> (int) Math.min(hits, Integer.MAX_VALUE));
    }

    private Stream<Line> page(RecordPager from, int offset, int limit) {
        List<RecordRow> rows = from.rows(offset, limit);
        Map<String, String> thumbnails = Thumbnails.of(client, client.index(),
                rows.stream().map(RecordRow::id).toList());
        return rows.stream().map(row -> new Line(row, thumbnails.get(row.id())));
    }

    private void toggle() {
        boolean bins = BINS.equals(show.getValue());
        valueColumns.forEach(column -> column.setVisible(!bins));
        binColumns.forEach(column -> column.setVisible(bins));
    }

    /** A badge {@code feature=bin} coloured by bin, a dash when the record has no bin of {@code feature}. */
    private static LitRenderer<Line> binBadge(String feature) {
        return LitRenderer.<Line>of("${item.bin == null ? '–' : html`<span class=\"dpx-bin dpx-bin-${item.level}\">"
                + "${item.bin}</span>`}")
                .withProperty("bin", line -> line.row().bins().containsKey(feature)
                        ? feature + "=" + line.row().bins().get(feature) : null)
                .withProperty("level", line -> Badges.binClass(String.valueOf(line.row().bins().get(feature))));
    }

    private Exports.Table table() {
        RecordHits page = RecordSearch.parse(client.post(client.index() + "/_search",
                RecordSearch.body(current, 0, EXPORT_ROWS, false)));
        List<String> features = page.rows().stream().flatMap(row -> row.features().keySet().stream())
                .distinct().sorted().toList();
        List<String> binned = page.rows().stream().flatMap(row -> row.bins().keySet().stream())
                .distinct().sorted().toList();
        List<String> header = new ArrayList<>(List.of("id", "time", "url", "attacker", "encoding", "avg_color_top5",
                "colors"));
        features.forEach(header::add);
        binned.forEach(feature -> header.add("bin." + feature));
        List<List<String>> rows = new ArrayList<>();
        for (RecordRow row : page.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.id(), ClusterFormat.time(row.timestamp()),
                    Objects.toString(row.url(), ""), Objects.toString(row.attacker(), ""),
                    Objects.toString(row.encoding(), ""), Objects.toString(row.avgColor(), ""),
                    String.join(" ", row.colors())));
            features.forEach(feature -> cells.add(row.features().getOrDefault(feature, "")));
            binned.forEach(feature -> cells.add(row.bins().containsKey(feature)
                    ? String.valueOf(row.bins().get(feature)) : ""));
            rows.add(cells);
        }
        return new Exports.Table(header, rows);
    }
}
