/**
 * Saved investigations (研判专题): what an analyst drew on the network picture — the
 * entities, their positions and notes, the queries that built it — kept under a name as
 * an {@code (:__Investigation)} node owned by a user, shared with inspection teams, and
 * carried by bundles ({@code investigations.jsonl}). Who may read one is decided here
 * (owner, members of the teams it is shared with, administrators); what of it a reader
 * gets, by need-to-know ({@code NeedToKnow}): whatever {@code security.Visibility} hides
 * from the reader is cut out as if it had never been drawn.
 */
package org.oversight.investigation;
