/**
 * Regions, organizations (party committees, departments, enterprises, institutions,
 * villages, supervisory bodies) and the positions people hold in them, with the level and
 * sector codes.
 */
package org.oversight.organization;
