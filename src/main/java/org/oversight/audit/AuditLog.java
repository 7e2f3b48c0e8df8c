package org.oversight.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.oversight.graph.Cypher;
import org.springframework.stereotype.Component;

/**
 * The audit trail: who did what to which entities, when, from where, and how it ended.
 * Records are {@code (:__Audit)} nodes beside the domain graph; they are only ever
 * created, never changed or deleted through the application, and each is chained to the
 * one before by a hash ({@link AuditChain}), so a change made behind the application's
 * back is found by {@code verify-audit}.
 */
@Component
public class AuditLog {

	private final Cypher cypher;

	private final AuditChain chain;

	public AuditLog(Cypher cypher, AuditChain chain) {
		this.cypher = cypher;
		this.chain = chain;
	}

	/**
	 * @param user who
	 * @param operation what, e.g. {@code read}, {@code createFinding},
	 * {@code login-failed}
	 * @param entities the ids concerned
	 * @param outcome {@code ok} or what went wrong
	 * @param remote the client's address, or null
	 */
	public void record(String user, String operation, List<String> entities, String outcome, String remote) {
		this.chain.append(user, operation, entities, outcome, remote);
	}

	/** The newest records first, filtered by whichever of the arguments are given. */
	public List<AuditRecord> find(String user, String operation, String entityId, String from, String to, int first) {
		Map<String, Object> params = new HashMap<>();
		params.put("user", user);
		params.put("operation", operation);
		params.put("entity", entityId);
		params.put("from", from);
		params.put("to", to);
		params.put("first", first);
		return this.cypher.read("""
				MATCH (a:__Audit)
				WHERE ($user IS NULL OR a.user = $user) AND ($operation IS NULL OR a.operation = $operation)
				  AND ($entity IS NULL OR $entity IN a.entities)
				  AND ($from IS NULL OR a.at >= datetime($from)) AND ($to IS NULL OR a.at <= datetime($to))
				RETURN a ORDER BY a.at DESC, a.seq DESC LIMIT $first""", params, (r) -> {
			var a = r.get("a");
			return new AuditRecord(a.get("at").asZonedDateTime().toString(), a.get("user").asString(null),
					a.get("operation").asString(), a.get("entities").asList((v) -> v.asString()),
					a.get("outcome").asString(null), a.get("remote").asString(null));
		});
	}

	/** One record of the trail. */
	public record AuditRecord(String at, String user, String operation, List<String> entities, String outcome,
			String remote) {
	}

}
