/**
 * Persons, officials and private persons, and the ties between them (kin and associates);
 * personal identifiers are kept hashed and masked.
 */
package org.oversight.person;
