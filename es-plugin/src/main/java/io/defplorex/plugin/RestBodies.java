package io.defplorex.plugin;

import org.elasticsearch.core.CheckedFunction;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.xcontent.XContentParser;

import java.io.IOException;

/** Reads a request's JSON body into one of the checked request records. */
final class RestBodies {

    static <T> T parse(RestRequest request, CheckedFunction<XContentParser, T, IOException> reader)
            throws IOException {
        if (request.hasContent() == false) {
            throw new IllegalArgumentException("request body is required: a JSON object");
        }
        try (XContentParser parser = request.contentParser()) {
            return reader.apply(parser);
        }
    }

    private RestBodies() {
    }
}
