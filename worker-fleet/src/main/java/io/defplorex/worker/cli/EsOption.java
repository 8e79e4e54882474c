package io.defplorex.worker.cli;

import picocli.CommandLine.Option;

/** The {@code --es} option every command takes. */
final class EsOption {

    @Option(names = "--es", defaultValue = "http://127.0.0.1:9200",
            description = "Elasticsearch URL (${DEFAULT-VALUE}).")
    String url;
}
