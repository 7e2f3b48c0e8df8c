/**
 * The command line: serve, demo and import.
 */
package org.oversight.cli;
