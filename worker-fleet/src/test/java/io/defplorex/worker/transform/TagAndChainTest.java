package io.defplorex.worker.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TagAndChainTest {

    @Test
    void tagAppendsOnceAndKeepsExistingTags() throws Exception {
        TransformContext context = new TransformContext("j", "i", Map.of("tag", "campaign-x"), null);
        TagTransformer tag = new TagTransformer();

        assertThat(tag.apply(Map.of("tags", List.of("a")), context)).isEqualTo(Map.of("tags", List.of("a",
                "campaign-x")));
        assertThat(tag.apply(Map.of("tags", List.of("campaign-x")), context)).isEqualTo(Map.of("tags",
                List.of("campaign-x")));
    }

    @Test
    void chainNamesTheTransformerThatFailed() {
        TransformerChain chain = Transformers.standard().chain(List.of("extract", "features", "tag"));
        Map<String, Object> record = Map.of("url", "http://v.example.com/", "mirror", Map.of("html", "<p>x</p>"));

        assertThatThrownBy(() -> chain.apply(record, new TransformContext("j", "i", Map.of(), null)))
                .isInstanceOf(TransformerChain.ChainFailure.class)
                .hasMessage("tag: params.tag is missing");
    }

    @Test
    void chainReturnsOnlyTheFieldsItSets() throws Exception {
        TransformerChain chain = Transformers.standard().chain(List.of("tag"));
        Map<String, Object> record = Map.of("id", "r1", "tags", List.of("old"));

        Map<String, Object> update = chain.apply(record, new TransformContext("j", "i", Map.of("tag", "new"), null));

        assertThat(update).isEqualTo(Map.of("tags", List.of("old", "new")));
    }

    @Test
    void registryRefusesAnUnknownTransformer() {
        assertThatThrownBy(() -> Transformers.standard().chain(List.of("extract", "render")))
                .hasMessage("unknown transformer 'render', known: [extract, features, quantize, tag]");
    }
}
