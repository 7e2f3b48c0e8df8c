package org.oversight.audit;

import graphql.schema.DataFetchingEnvironment;
import org.oversight.security.Caller;
import org.oversight.security.Role;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code auditChain}: administrators check that the trail is intact, as
 * {@code verify-audit} does.
 */
@Controller
class AuditChainController {

	private final AuditChain chain;

	AuditChainController(AuditChain chain) {
		this.chain = chain;
	}

	@QueryMapping
	AuditChain.Verification auditChain(DataFetchingEnvironment env) {
		Caller.of(env).require(Role.ADMIN);
		return this.chain.verify();
	}

}
