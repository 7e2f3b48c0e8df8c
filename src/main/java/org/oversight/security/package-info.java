/**
 * Who may see what: users, roles and their bindings, sign-in with lock-out, and the
 * {@link org.oversight.security.Visibility} every read of the graph takes, so that a lead
 * or case a user may not see does not exist for them on any route.
 */
package org.oversight.security;
