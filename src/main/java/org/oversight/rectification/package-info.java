/**
 * The rectification ledger (整改台账): tasks per finding, with responsible unit and person,
 * deadline and status.
 */
package org.oversight.rectification;
