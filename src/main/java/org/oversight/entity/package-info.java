/**
 * The entity API: {@code node}/{@code nodes}/{@code entity} lookups, the typed filtered
 * lists, relation fields resolved in batches (projected to what their selection reads),
 * and the create, update and link mutations.
 */
package org.oversight.entity;
