package org.oversight.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One measured operation: a GraphQL document, the equivalent Cypher (or none), how its
 * parameters are picked, whether it joins the mixed concurrent workload, and its targets.
 *
 * @param name what the operation is
 * @param picker how parameters are drawn ({@link Pickers})
 * @param graphql the GraphQL document
 * @param cypher the equivalent Cypher, {@code @name} for a catalogue query, or null
 * @param mixed whether it is part of the mixed read workload
 * @param p95Target the p95 target in ms, or null
 * @param ratioTarget the target for GraphQL p50 over Cypher p50, or null
 */
record Operation(String name, String picker, String graphql, String cypher, boolean mixed, Double p95Target,
		Double ratioTarget) {

	static List<Operation> load() {
		try (InputStream in = Operation.class.getResourceAsStream("/bench/operations.json")) {
			JsonNode root = new ObjectMapper().readTree(in);
			List<Operation> operations = new ArrayList<>();
			for (JsonNode op : root.get("operations")) {
				operations.add(new Operation(op.get("name").asText(), op.get("picker").asText(),
						op.get("graphql").asText(), op.hasNonNull("cypher") ? op.get("cypher").asText() : null,
						op.path("mixed").asBoolean(false),
						op.hasNonNull("p95Target") ? op.get("p95Target").asDouble() : null,
						op.hasNonNull("ratioTarget") ? op.get("ratioTarget").asDouble() : null));
			}
			return operations;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
