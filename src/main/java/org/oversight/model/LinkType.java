package org.oversight.model;

import java.util.List;

/**
 * A kind of relationship that carries data of its own and is imported from a link file
 * (positions, kinship, company roles, team membership, transfers ...).
 *
 * @param file the import file, e.g. {@code positions.csv}
 * @param relation the relationship type written
 * @param from the reference column of the start node
 * @param to the reference column of the end node
 * @param keys the property columns that, with both ends, identify one relationship
 * @param properties the other property columns
 * @param identified whether the file has an {@code id} column (transfers), which then is
 * the key
 * @param fromName the GraphQL field naming the start node on a tie, e.g. {@code person}
 * @param toName the GraphQL field naming the end node on a tie, e.g. {@code organization}
 * @param graphQlType the GraphQL type of one tie, e.g. {@code Position}
 */
public record LinkType(String file, RelationType relation, Field from, Field to, List<Field> keys,
		List<Field> properties, boolean identified, String fromName, String toName, String graphQlType) {

	public List<Field> columns() {
		List<Field> all = new java.util.ArrayList<>();
		all.add(this.from);
		all.add(this.to);
		all.addAll(this.keys);
		all.addAll(this.properties);
		return all;
	}

	public List<Field> valueFields() {
		List<Field> all = new java.util.ArrayList<>(this.keys);
		all.addAll(this.properties);
		return all;
	}

}
