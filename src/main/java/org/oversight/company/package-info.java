/**
 * Companies and the persons who own, direct or represent them.
 */
package org.oversight.company;
