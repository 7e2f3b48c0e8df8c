/**
 * The benchmark suite ({@code bench --scale N}): generates or reuses a dataset, imports
 * it through the real importer into the embedded database, starts the real server on it
 * and measures the operations of {@code bench/operations.json} through GraphQL over HTTP
 * and as the equivalent Cypher through the driver, the detectors against the generator's
 * ground truth, and throughput under concurrent clients; writes
 * {@code docs/benchmarks.md} and JSON.
 */
package org.oversight.bench;
