package io.defplorex.ui.feature;

/**
 * A feature of the records.
 *
 * @param numeric     a number (has bins once quantized); otherwise a keyword
 * @param binned      {@code bins.<name>} exists in the mapping
 * @param description how it is computed, from the features file when configured, else empty
 */
public record Feature(String name, boolean numeric, boolean binned, String description) {
}
