/**
 * Leads (问题线索, clues), the cases opened from them and the sanctions that ended them.
 */
package org.oversight.lead;
