package io.defplorex.worker.store;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.defplorex.worker.transform.ThresholdSource;
import io.defplorex.worker.transform.Thresholds;
import io.defplorex.worker.transform.TransformException;

/** Reads thresholds from the {@code defplorex-thresholds} index the plugin writes (docs/design.md, "Thresholds"). */
public final class EsThresholdSource implements ThresholdSource {

    public static final String INDEX = "defplorex-thresholds";

    private final ElasticsearchClient client;
    private final String thresholdsIndex;

    public EsThresholdSource(Elasticsearch es) {
        this(es, INDEX);
    }

    public EsThresholdSource(Elasticsearch es, String thresholdsIndex) {
        this.client = es.client();
        this.thresholdsIndex = thresholdsIndex;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Optional<Thresholds> latest(String index) throws TransformException {
        try {
            SearchResponse<Map> found = client.search(s -> s.index(thresholdsIndex).size(1)
                    .query(q -> q.term(t -> t.field("index").value(index)))
                    .sort(o -> o.field(f -> f.field("version").order(SortOrder.Desc))), Map.class);
            return found.hits().hits().stream().findFirst().map(h -> parse(h.source()));
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return Optional.empty();
            }
            throw new TransformException("cannot read thresholds of " + index + ": " + e.getMessage());
        } catch (IOException e) {
            throw new TransformException("cannot read thresholds of " + index + ": " + e.getMessage());
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Optional<Thresholds> version(String index, int version) throws TransformException {
        try {
            GetResponse<Map> got = client.get(g -> g.index(thresholdsIndex).id(index + ":" + version), Map.class);
            return got.found() ? Optional.of(parse(got.source())) : Optional.empty();
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return Optional.empty();
            }
            throw new TransformException("cannot read thresholds " + index + ":" + version + ": " + e.getMessage());
        } catch (IOException e) {
            throw new TransformException("cannot read thresholds " + index + ":" + version + ": " + e.getMessage());
        }
    }

    private static Thresholds parse(Map<?, ?> source) {
        Map<String, List<Double>> features = new LinkedHashMap<>();
        if (source.get("thresholds") instanceof Map<?, ?> t) {
            t.forEach((k, v) -> {
                if (v instanceof List<?> list) {
                    features.put(k.toString(), list.stream().map(x -> ((Number) x).doubleValue()).toList());
                }
            });
        }
        return new Thresholds(String.valueOf(source.get("index")), ((Number) source.get("version")).intValue(),
                features);
    }
}
