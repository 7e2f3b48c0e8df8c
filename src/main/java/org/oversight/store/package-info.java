/**
 * Reading and writing entities generically, driven by the model catalogue: checked
 * values, references resolved in bulk, batched idempotent upserts with provenance,
 * filtered pages and relation fields followed in one statement for many parents.
 */
package org.oversight.store;
