/**
 * Import of datasets in the bundle format (a folder of CSV files): reading, validating
 * the whole bundle before writing anything, and writing it in batched, idempotent
 * transactions.
 */
package org.oversight.ingest;
