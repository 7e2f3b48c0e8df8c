/**
 * Reading and writing entities generically, driven by the model catalogue: checked
 * values, references resolved in bulk, batched idempotent upserts with provenance,
 * filtered pages and relation fields followed in one statement for many parents, reading
 * only the properties asked for ({@link org.oversight.store.Projection}).
 */
package org.oversight.store;
