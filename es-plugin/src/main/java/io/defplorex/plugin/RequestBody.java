package io.defplorex.plugin;

import org.elasticsearch.common.Strings;
import org.elasticsearch.index.query.AbstractQueryBuilder;
import org.elasticsearch.index.query.QueryBuilder;
import org.elasticsearch.index.query.QueryBuilders;
import org.elasticsearch.xcontent.XContentBuilder;
import org.elasticsearch.xcontent.XContentParser;
import org.elasticsearch.xcontent.XContentType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The top-level fields of a JSON request body, read once at the edge. Every getter checks one field and throws an
 * {@link IllegalArgumentException} (HTTP 400) naming the field, the value and what was expected.
 * {@code query} is parsed as Query DSL (a string becomes a {@code query_string} query), so an unknown query type
 * fails here too.
 */
final class RequestBody {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]+");

    private final Map<String, Object> values;
    private final QueryBuilder query;

    private RequestBody(Map<String, Object> values, QueryBuilder query) {
        this.values = values;
        this.query = query;
    }

    /**
     * Reads a body whose top-level fields must be among {@code allowed}. Object-valued fields other than
     * {@code query} are kept as JSON text.
     */
    static RequestBody parse(XContentParser parser, Set<String> allowed) throws IOException {
        if (parser.nextToken() != XContentParser.Token.START_OBJECT) {
            throw new IllegalArgumentException("request body must be a JSON object");
        }
        Map<String, Object> values = new HashMap<>();
        QueryBuilder query = null;
        for (XContentParser.Token token = parser.nextToken(); token != XContentParser.Token.END_OBJECT;
                token = parser.nextToken()) {
            String field = parser.currentName();
            if (allowed.contains(field) == false) {
                throw new IllegalArgumentException(
                        "unknown field [" + field + "], expected one of " + new TreeSet<>(allowed));
            }
            token = parser.nextToken();
            if (token == XContentParser.Token.VALUE_NULL) {
                continue;
            }
            if (field.equals("query")) {
                query = query(parser, token);
            } else if (token == XContentParser.Token.START_OBJECT) {
                try (XContentBuilder json = XContentBuilder.builder(XContentType.JSON.xContent())) {
                    values.put(field, new JsonObject(Strings.toString(json.copyCurrentStructure(parser))));
                }
            } else if (token == XContentParser.Token.START_ARRAY) {
                values.put(field, parser.list());
            } else {
                values.put(field, parser.objectText());
            }
        }
        return new RequestBody(values, query);
    }

    /** A Query DSL object, or a Lucene query string run as a {@code query_string} query. */
    private static QueryBuilder query(XContentParser parser, XContentParser.Token token) throws IOException {
        if (token == XContentParser.Token.START_OBJECT) {
            return AbstractQueryBuilder.parseTopLevelQuery(parser);
        }
        if (token == XContentParser.Token.VALUE_STRING && parser.text().isBlank() == false) {
            return QueryBuilders.queryStringQuery(parser.text());
        }
        throw invalid("query", parser.text(), "a Query DSL object or a Lucene query string");
    }

    /** The Query DSL of field {@code query}, or null when absent. */
    QueryBuilder query() {
        return query;
    }

    /** The name of one concrete index in field {@code name}; patterns and lists are refused. */
    String indexName(String name) {
        String index = requiredString(name);
        if (NAME.matcher(index).matches() == false) {
            throw invalid(name, index, "the name of one index (no wildcards, commas or spaces)");
        }
        return index;
    }

    String requiredString(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("[" + name + "] is required");
        }
        if (value instanceof String text && text.isBlank() == false) {
            return text;
        }
        throw invalid(name, value, "a non-empty string");
    }

    /** A list of names (letters, digits, {@code _ . -}); null when absent, never empty when present. */
    List<String> names(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list && list.isEmpty() == false) {
            List<String> names = new ArrayList<>();
            for (Object item : list) {
                if (item instanceof String text && NAME.matcher(text).matches()) {
                    names.add(text);
                } else {
                    throw invalid(name, item, "a name made of letters, digits, '_', '.' or '-' in every item");
                }
            }
            if (Set.copyOf(names).size() != names.size()) {
                throw invalid(name, value, "names without repetition");
            }
            return List.copyOf(names);
        }
        throw invalid(name, value, "a non-empty array of names");
    }

    List<String> requiredNames(String name) {
        List<String> names = names(name);
        if (names == null) {
            throw new IllegalArgumentException("[" + name + "] is required");
        }
        return names;
    }

    /** A whole number in {@code [min, max]}, or {@code fallback} when absent. */
    int integer(String name, int fallback, int min, int max) {
        Object value = values.get(name);
        if (value == null) {
            return fallback;
        }
        String expected = "an integer between " + min + " and " + max;
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            double whole = number.doubleValue();
            if (whole >= min && whole <= max) {
                return (int) whole;
            }
        }
        throw invalid(name, value, expected);
    }

    /** {@code true} or {@code false}, or {@code fallback} when absent. */
    boolean bool(String name, boolean fallback) {
        Object value = values.get(name);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw invalid(name, value, "true or false");
    }

    /** One of {@code allowed}, or {@code fallback} when absent. */
    String choice(String name, String fallback, List<String> allowed) {
        Object value = values.get(name);
        if (value == null) {
            return fallback;
        }
        if (allowed.contains(value)) {
            return (String) value;
        }
        throw invalid(name, value, "one of " + allowed);
    }

    /** A non-empty string, or null when absent. */
    String optionalString(String name) {
        return values.containsKey(name) ? requiredString(name) : null;
    }

    /** A non-empty array of numbers, or null when absent. */
    List<Double> numbers(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list && list.isEmpty() == false) {
            List<Double> numbers = new ArrayList<>();
            for (Object item : list) {
                if (item instanceof Number number && Double.isFinite(number.doubleValue())) {
                    numbers.add(number.doubleValue());
                } else {
                    throw invalid(name, item, "a number in every item");
                }
            }
            return List.copyOf(numbers);
        }
        throw invalid(name, value, "a non-empty array of numbers");
    }

    /** The JSON text of an object-valued field, or null when absent. */
    String jsonObject(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonObject object) {
            return object.json();
        }
        throw invalid(name, value, "a JSON object");
    }

    static IllegalArgumentException invalid(String name, Object value, String expected) {
        return new IllegalArgumentException("[" + name + "] must be " + expected + ", got [" + value + "]");
    }

    private record JsonObject(String json) {
        @Override
        public String toString() {
            return json;
        }
    }
}
