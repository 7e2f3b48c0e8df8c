/**
 * Import of datasets in the bundle format (a folder of CSV files): reading, validating
 * the whole bundle before writing anything (values, references, and the rules features
 * hold across rows, {@link org.oversight.ingest.BundleRule}), and writing it in batched,
 * idempotent transactions.
 */
package org.oversight.ingest;
