package io.defplorex.plugin;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.search.SearchModule;
import org.elasticsearch.xcontent.NamedXContentRegistry;
import org.elasticsearch.xcontent.XContentParser;
import org.elasticsearch.xcontent.XContentParserConfiguration;
import org.elasticsearch.xcontent.XContentType;

import java.io.IOException;
import java.util.List;

/** Parsers over JSON text that know the Query DSL, as the node's REST layer provides them. */
final class Json {

    static {
        LogConfigurator.configureESLogging();
    }

    private static final XContentParserConfiguration CONFIG = XContentParserConfiguration.EMPTY.withRegistry(
            new NamedXContentRegistry(new SearchModule(Settings.EMPTY, List.of()).getNamedXContents()));

    static XContentParser parser(String json) throws IOException {
        return XContentType.JSON.xContent().createParser(CONFIG, json);
    }

    private Json() {
    }
}
