package io.defplorex.plugin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The index URL parameter names one concrete index, so the read-privilege probe cannot match nothing. */
class ReadPrivilegeTest {

    @Test
    void oneIndexNameIsAccepted() {
        assertThat(ReadPrivilege.indexParam("index", "defacements-2026.12")).isEqualTo("defacements-2026.12");
    }

    @Test
    void patternIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> ReadPrivilege.indexParam("index", "dpx-*"))
                .hasMessageContaining("[index]").hasMessageContaining("dpx-*").hasMessageContaining("no wildcards");
    }

    @Test
    void listIsRefused() {
        assertThatThrownBy(() -> ReadPrivilege.indexParam("index", "a,b")).hasMessageContaining("[index]");
    }

    @Test
    void missingIndexIsRequired() {
        assertThatThrownBy(() -> ReadPrivilege.indexParam("index", " ")).hasMessage("[index] is required");
    }
}
