package org.oversight.entity;

import java.util.Map;
import java.util.Set;

import org.oversight.model.EntityType;
import org.oversight.model.Field;
import org.oversight.model.LinkType;
import org.oversight.security.AccessRules;
import org.oversight.security.Caller;
import org.oversight.security.Role;

/**
 * Who may make an edit: administrators and analysts may edit the graph, but an edit that
 * writes anything {@link AccessRules} declares as deciding who sees or may act on a lead
 * or case (a guarded kind, one of its ties, a deciding property) only administrators. The
 * check reads the edit itself, so a new field or link kind is covered by the declaration,
 * not by a list kept here.
 */
final class EditRights {

	private EditRights() {
	}

	/** Refuses unless the caller may create or update an entity with these fields. */
	static void requireForEntity(Caller caller, EntityType type, Map<String, Object> input) {
		require(caller, AccessRules.guards(type.kind()) || touchesAccess(type, input.keySet()));
	}

	/** Refuses unless the caller may write or remove a link of this kind. */
	static void requireForLink(Caller caller, LinkType link) {
		require(caller, AccessRules.decidesTie(link.from().targets(), link.relation(), link.to().targets()));
	}

	private static boolean touchesAccess(EntityType type, Set<String> given) {
		for (Field field : type.fields()) {
			if (!given.contains(field.name())) {
				continue;
			}
			boolean decides = field.isReference()
					? AccessRules.decidesTie(Set.of(type.kind()), field.relation(), field.targets())
					: AccessRules.decidesProperty(type.kind(), field.name());
			if (decides) {
				return true;
			}
		}
		return false;
	}

	private static void require(Caller caller, boolean decidesAccess) {
		if (decidesAccess) {
			caller.require(Role.ADMIN);
		}
		else {
			caller.require(Role.ADMIN, Role.ANALYST);
		}
	}

}
