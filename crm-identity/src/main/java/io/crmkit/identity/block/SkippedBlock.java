package io.crmkit.identity.block;

/**
 * A block too big to compare: its key and how many records share it.
 *
 * @param key the key's parts joined by {@code " | "}
 * @param records the records in the block
 */
public record SkippedBlock(String key, int records) {}
