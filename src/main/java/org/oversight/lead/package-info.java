/**
 * Leads (问题线索, clues), the cases opened from them and the sanctions that ended them; and
 * what joint inspection does with them: explicit shares with other teams
 * ({@code SHARED_WITH}), the clue lifecycle ({@link org.oversight.lead.LeadLifecycle},
 * with an append-only history), opening cases and recording sanctions, and corroboration
 * (互相印证) across teams and levels. Who sees a lead is decided in
 * {@code security.Visibility}; who may act on one, in {@code LeadGate}.
 */
package org.oversight.lead;
