package org.oversight.audit;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.oversight.model.DomainException;
import org.oversight.security.Caller;
import org.oversight.security.Role;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code auditLog}: administrators read the trail; nobody can change it through the API.
 */
@Controller
class AuditController {

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@QueryMapping
	List<AuditLog.AuditRecord> auditLog(@Argument String user, @Argument String operation, @Argument String entityId,
			@Argument String from, @Argument String to, @Argument Integer first, DataFetchingEnvironment env) {
		Caller.of(env).require(Role.ADMIN);
		int size = (first != null) ? first : 100;
		DomainException.requireWithin("first", size, 1000);
		return this.log.find(user, operation, entityId, from, to, size);
	}

}
