/**
 * The running server around the features: error reporting, the web explorer, startup
 * tasks.
 */
package org.oversight.system;
