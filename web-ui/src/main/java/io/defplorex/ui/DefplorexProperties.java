package io.defplorex.ui;

import java.net.URI;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the UI: where Elasticsearch answers ({@code defplorex.es.url}) and which index holds the
 * records ({@code defplorex.index}). Checked once at start-up so a typo fails fast with the setting's name.
 */
@ConfigurationProperties("defplorex")
public record DefplorexProperties(@DefaultValue Es es, @DefaultValue("defacements") String index) {

    private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9._+-]*");

    public DefplorexProperties {
        if (index == null || !INDEX_NAME.matcher(index).matches()) {
            throw new IllegalArgumentException("defplorex.index: '" + index
                    + "' is not an index name (lower-case letters, digits, '.', '_', '+', '-')");
        }
    }

    /** Elasticsearch connection settings. */
    public record Es(@DefaultValue("http://127.0.0.1:9200") URI url) {

        public Es {
            String scheme = url == null ? null : url.getScheme();
            if (!"http".equals(scheme) && !"https".equals(scheme) || url.getHost() == null) {
                throw new IllegalArgumentException("defplorex.es.url: '" + url
                        + "' is not an http(s) URL such as http://127.0.0.1:9200");
            }
        }
    }
}
