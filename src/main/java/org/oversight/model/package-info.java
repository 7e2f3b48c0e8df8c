/**
 * The graph model kernel: value types, codes, relationship types, and the catalogue of
 * entity and link types that every feature contributes to. Import validation, GraphQL
 * lists and edits, and relation fields are all driven by this catalogue, so they cannot
 * drift apart.
 */
package org.oversight.model;
