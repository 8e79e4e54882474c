package io.defplorex.ui.cluster;

/** How many records of a cluster one attacker signed. */
public record AttackerCount(String name, long count) {
}
