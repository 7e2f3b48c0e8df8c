package org.oversight.model;

import java.util.List;
import java.util.Optional;

/**
 * A kind of node: its label (which is also its GraphQL type and its {@code kind}), the
 * import file that carries it, its fields, and how it reaches the organization it belongs
 * to (used to filter by organization subtree or region).
 *
 * @param kind the label and GraphQL type name, e.g. {@code Organization}
 * @param file the import file, e.g. {@code organizations.csv}
 * @param zh the Chinese name
 * @param fields the columns besides {@code id}
 * @param orgPath the relationship pattern from this node to its organization, e.g.
 * {@code -[:CONCERNS]->}; empty for the Organization itself; {@code null} when it has
 * none
 * @param searchable whether its name is in the full-text index
 */
public record EntityType(String kind, String file, String zh, List<Field> fields, String orgPath, boolean searchable) {

	public Optional<Field> field(String name) {
		return this.fields.stream().filter((f) -> f.name().equals(name)).findFirst();
	}

	public List<Field> properties() {
		return this.fields.stream().filter((f) -> !f.isReference()).toList();
	}

	public List<Field> references() {
		return this.fields.stream().filter(Field::isReference).toList();
	}

}
