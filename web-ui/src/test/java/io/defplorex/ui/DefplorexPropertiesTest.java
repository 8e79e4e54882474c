package io.defplorex.ui;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;

class DefplorexPropertiesTest {

    @Test
    void indexNameWithUpperCaseIsRejectedNamingTheSetting() {
        DefplorexProperties.Es es = new DefplorexProperties.Es(URI.create("http://127.0.0.1:9200"));

        assertThatThrownBy(() -> new DefplorexProperties(es, "Defacements"))
                .hasMessageStartingWith("defplorex.index: 'Defacements' is not an index name");
    }

    @Test
    void urlWithoutHttpSchemeIsRejectedNamingTheSetting() {
        assertThatThrownBy(() -> new DefplorexProperties.Es(URI.create("localhost:9200")))
                .hasMessage("defplorex.es.url: 'localhost:9200' is not an http(s) URL such as http://127.0.0.1:9200");
    }
}
