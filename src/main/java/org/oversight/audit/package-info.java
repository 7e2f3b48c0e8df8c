/**
 * The audit trail: reads of leads and cases, every mutation, sign-ins, imports, exports
 * and backups, recorded append-only, chained by hashes so that a change behind the
 * application's back is found ({@code verify-audit}), and readable by administrators.
 */
package org.oversight.audit;
