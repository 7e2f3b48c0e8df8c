/**
 * The audit trail: reads of leads and cases, every mutation, sign-ins, imports and
 * exports, recorded append-only and readable by administrators.
 */
package org.oversight.audit;
