package io.defplorex.ui.view;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import io.defplorex.ui.cluster.ClusterFormat;
import io.defplorex.ui.es.DefplorexClient;
import io.defplorex.ui.es.EsException;
import io.defplorex.ui.job.JobStatus;
import io.defplorex.ui.job.Jobs;
import io.defplorex.ui.record.Queries;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts a transformer chain on the records of a query, shows the newest jobs with progress bars (polled every
 * second while the view is open) of the analyst's index or of all, the failures of the selected job, and
 * re-enqueues its failed records.
 */
@Route(value = "jobs", layout = MainLayout.class)
@PageTitle("Jobs · DefPloreX")
public class JobsView extends VerticalLayout implements BeforeEnterObserver {

    static final int JOBS_SHOWN = 20;
    /** Jobs read per poll: the plugin lists every index's jobs, the index filter is applied here. */
    static final int JOBS_READ = 100;
    static final String ALL_INDICES = "all indices";
    private static final int POLL_MS = 1000;

    private final DefplorexClient client;
    private final TextField query = new TextField("Records (Lucene query or Query DSL JSON)");
    private final MultiSelectComboBox<String> chain = new MultiSelectComboBox<>("Transformers");
    private final Button start = new Button("Start");
    private final Span started = new Span();
    private final Select<String> indexFilter = new Select<>();
    private final Grid<JobStatus> jobs = new Grid<>();
    private List<JobStatus> listed = List.of();
    private final H3 failuresTitle = new H3();
    private final Grid<JobStatus.Failure> failures = new Grid<>();
    private final Button retry = new Button("Retry failed records");
    private final LinkedHashSet<String> known = new LinkedHashSet<>();
    private List<String> preset = List.of();
    /** The chosen transformers in the order they were picked: the chain runs in this order. */
    private final List<String> ordered = new ArrayList<>();
    private String selected;
    private com.vaadin.flow.shared.Registration polling;

    public JobsView(DefplorexClient client) {
        this.client = client;
        setSizeFull();
        query.setId("job-query");
        query.setWidth("36em");
        chain.setId("chain");
        chain.setWidth("24em");
        chain.addSelectionListener(change -> {
            ordered.removeAll(change.getRemovedSelection());
            change.getAddedSelection().stream().filter(name -> !ordered.contains(name)).forEach(ordered::add);
        });
        chain.setAllowCustomValue(true); // a name typed here is checked by the plugin against the published ones
        chain.addCustomValueSetListener(typed -> {
            Set<String> names = new java.util.TreeSet<>(chain.getListDataView().getItems().toList());
            names.add(typed.getDetail().strip());
            Set<String> chosen = new LinkedHashSet<>(chain.getSelectedItems());
            chosen.add(typed.getDetail().strip());
            chain.setItems(names);
            chain.select(chosen);
        });
        start.setId("start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> start(parseQuery(), List.copyOf(ordered)));
        started.setId("started");
        started.addClassName("dpx-status");
        HorizontalLayout form = new HorizontalLayout(query, chain, start);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        indexFilter.setId("job-index");
        indexFilter.setLabel("Jobs of");
        indexFilter.setItems(client.index(), ALL_INDICES);
        indexFilter.setValue(client.index());
        indexFilter.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                refresh();
            }
        });

        jobs.setId("jobs");
        jobs.addThemeVariants(GridVariant.LUMO_COMPACT);
        jobs.addColumn(JobStatus::job).setHeader("Job").setAutoWidth(true);
        jobs.addColumn(JobStatus::index).setHeader("Index").setAutoWidth(true);
        jobs.addColumn(job -> String.join(",", job.transformers())).setHeader("Transformers").setAutoWidth(true);
        jobs.addColumn(JobStatus::state).setHeader("State").setAutoWidth(true);
        jobs.addColumn(new ComponentRenderer<>(this::progress)).setHeader("Progress").setWidth("14em");
        jobs.addColumn(job -> (job.doneDocuments() + job.failedDocuments()) + " / " + job.documents())
                .setHeader("Records").setAutoWidth(true);
        jobs.addColumn(JobStatus::failedDocuments).setHeader("Failed").setAutoWidth(true);
        jobs.addColumn(job -> ClusterFormat.time(job.created() == 0 ? null : Instant.ofEpochMilli(job.created())))
                .setHeader("Created (UTC)").setAutoWidth(true);
        jobs.setHeight("16em");
        jobs.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                selected = change.getValue().job();
                showFailures(change.getValue());
            }
        });

        failures.setId("failures");
        failures.addThemeVariants(GridVariant.LUMO_COMPACT);
        failures.addColumn(JobStatus.Failure::id).setHeader("Record").setAutoWidth(true);
        failures.addColumn(JobStatus.Failure::reason).setHeader("Reason").setFlexGrow(1);
        failures.setHeight("12em");
        failuresTitle.setId("failures-title");
        retry.setId("retry");
        retry.setEnabled(false);
        retry.addClickListener(click -> retry());

        HorizontalLayout listBar = new HorizontalLayout(indexFilter, Exports.links("jobs", "jobs", this::table));
        listBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout failuresBar = new HorizontalLayout(retry,
                Exports.links("failures", "failures", this::failuresTable));
        failuresBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2("Jobs"), form, started, listBar, jobs, failuresTitle, failures, failuresBar);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("query").ifPresent(query::setValue);
        parameters.getSingleParameter("q").ifPresent(query::setValue);
        parameters.getSingleParameter("chain").ifPresent(names -> preset = List.of(names.split(",")));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        if (attach.isInitialAttach()) {
            Parallel.Both<Set<String>, List<JobStatus>> both = Parallel.both(() -> Jobs.transformers(client),
                    () -> Jobs.newest(client, JOBS_READ));
            Set<String> published;
            try {
                published = both.first().get();
            } catch (EsException e) {
                ErrorNotice.show("Could not read the published transformers: " + e.getMessage());
                published = Set.of();
            }
            showTransformers(published);
            List<JobStatus> read;
            try {
                read = both.second().get();
            } catch (EsException e) {
                read = watched(e);
            }
            showJobs(read);
        }
        attach.getUI().setPollInterval(POLL_MS);
        polling = attach.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
        super.onDetach(detach);
    }

    private void showTransformers(Set<String> published) {
        Set<String> names = new java.util.TreeSet<>(published);
        names.addAll(preset);
        chain.setItems(names);
        preset.forEach(name -> chain.select(name));
        if (published.isEmpty()) {
            started.setText("no worker has published its transformers yet: start a worker");
        }
    }

    private JsonNode parseQuery() {
        String text = query.getValue().strip();
        if (!text.startsWith("{")) {
            return Queries.lucene(text);
        }
        try {
            return JsonMapper.builder().build().readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("query: not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private void start(JsonNode records, List<String> transformers) {
        String job;
        try {
            job = Jobs.enqueue(client, records, transformers);
        } catch (EsException | IllegalArgumentException e) {
            ErrorNotice.show("Could not start the job: " + e.getMessage());
            return;
        }
        known.add(job);
        started.setText("started job " + job);
        refresh();
    }

    private void retry() {
        JobStatus job = jobs.asSingleSelect().getValue();
        if (job == null || job.failures().isEmpty()) {
            return;
        }
        List<String> ids = job.failures().stream().map(JobStatus.Failure::id).distinct().toList();
        start(Queries.ids(ids), job.transformers());
    }

    private void refresh() {
        List<JobStatus> read;
        try {
            read = Jobs.newest(client, JOBS_READ);
        } catch (EsException e) {
            read = watched(e);
        }
        showJobs(read);
    }

    /** Shows the jobs of the chosen index among {@code read}; null (nothing could be read) changes nothing. */
    private void showJobs(List<JobStatus> read) {
        if (read == null) {
            return;
        }
        offerIndices(read);
        List<JobStatus> newest = Jobs.ofIndex(read, ALL_INDICES.equals(indexFilter.getValue()) ? null
                : indexFilter.getValue(), JOBS_SHOWN);
        if (newest.equals(listed)) {
            return; // an unchanged list keeps the grid's rows, so a click during a poll is not lost
        }
        listed = newest;
        jobs.setItems(newest).setIdentifierProvider(JobStatus::job);
        newest.stream().filter(job -> job.job().equals(selected)).findFirst().ifPresent(job -> {
            jobs.asSingleSelect().setValue(job);
            showFailures(job);
        });
    }

    /** Adds the indices of {@code read} to the filter's choices, keeping the analyst's choice. */
    private void offerIndices(List<JobStatus> read) {
        Set<String> choices = new java.util.TreeSet<>();
        choices.add(client.index());
        read.stream().map(JobStatus::index).filter(index -> !index.isEmpty()).forEach(choices::add);
        List<String> items = new ArrayList<>(choices);
        items.add(ALL_INDICES);
        if (!items.equals(indexFilter.getListDataView().getItems().toList())) {
            String chosen = indexFilter.getValue();
            indexFilter.setItems(items);
            indexFilter.setValue(chosen);
        }
    }

    /** Without the jobs list (an older plugin), the jobs started here, one request each. */
    private List<JobStatus> watched(EsException listFailed) {
        if (known.isEmpty()) {
            return listFailed.status() == 400 || listFailed.status() == 404 ? List.of() : null;
        }
        List<JobStatus> statuses = new ArrayList<>();
        for (String job : known.reversed()) {
            try {
                statuses.add(Jobs.get(client, job));
            } catch (EsException e) {
                ErrorNotice.show("Could not read job " + job + ": " + e.getMessage());
                return null;
            }
        }
        return statuses;
    }

    private void showFailures(JobStatus job) {
        failuresTitle.setText("Failures of " + job.job() + ": " + job.failedDocuments()
                + (job.error() == null ? "" : "; " + job.error()));
        failures.setItems(job.failures());
        retry.setEnabled(!job.failures().isEmpty());
    }

    private ProgressBar progress(JobStatus job) {
        ProgressBar bar = new ProgressBar(0, 1, job.progress());
        bar.addClassName("job-progress");
        return bar;
    }

    private Exports.Table table() {
        List<List<String>> rows = new ArrayList<>();
        jobs.getListDataView().getItems().forEach(job -> rows.add(List.of(job.job(), job.index(), String.join(",",
                job.transformers()), job.state(), String.valueOf(job.documents()),
                String.valueOf(job.doneDocuments()), String.valueOf(job.failedDocuments()))));
        return new Exports.Table(List.of("job", "index", "transformers", "state", "documents", "done", "failed"),
                rows);
    }

    private Exports.Table failuresTable() {
        String job = selected == null ? "" : selected;
        List<List<String>> rows = new ArrayList<>();
        failures.getListDataView().getItems().forEach(failure -> rows.add(List.of(job, failure.id(),
                failure.reason())));
        return new Exports.Table(List.of("job", "record", "reason"), rows);
    }
}
