package org.oversight.store;

/**
 * Where a record came from: kept on every node and relationship written.
 *
 * @param source the dataset or tool, e.g. the manifest's source of an import
 * @param recordedBy the user or process that wrote it
 */
public record Provenance(String source, String recordedBy) {
}
