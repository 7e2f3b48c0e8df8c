/**
 * Why a start cannot go on, said in one line: checks made before anything starts (ports,
 * data directory, the store's lock, an external database's address and password), and the
 * same line for those causes when they show up later in the start.
 */
package org.oversight.startup;
