package org.oversight.model;

import java.util.Set;

/**
 * One column of an import file, which is also one GraphQL input field and either a stored
 * property or (for references) a relationship.
 *
 * @param column the CSV column, snake_case (e.g. {@code parent_id})
 * @param name the property or GraphQL argument, camelCase (e.g. {@code parentId})
 * @param type the value type
 * @param mandatory whether a value must be present
 * @param codeList the allowed codes for {@link ValueType#CODE}, {@link CodeList#NONE}
 * otherwise
 * @param relation for references: the relationship written from the entity to the target
 * @param targets for references: the entity kinds the target may be; empty for any
 */
public record Field(String column, String name, ValueType type, boolean mandatory, CodeList codeList,
		RelationType relation, Set<String> targets) {

	public static Field text(String column) {
		return of(column, ValueType.TEXT);
	}

	public static Field integer(String column) {
		return of(column, ValueType.INTEGER);
	}

	public static Field decimal(String column) {
		return of(column, ValueType.DECIMAL);
	}

	public static Field bool(String column) {
		return of(column, ValueType.BOOLEAN);
	}

	public static Field date(String column) {
		return of(column, ValueType.DATE);
	}

	public static Field identifier(String column) {
		return of(column, ValueType.IDENTIFIER);
	}

	public static Field code(String column, Class<? extends Enum<?>> codes) {
		return new Field(column, camel(column), ValueType.CODE, false, CodeList.of(codes), null, Set.of());
	}

	/** A reference written as a relationship of the given type. */
	public static Field ref(String column, RelationType relation, String... targets) {
		return new Field(column, camel(column), ValueType.REFERENCE, false, CodeList.NONE, relation, Set.of(targets));
	}

	/** A reference validated like any other but stored as a plain id property. */
	public static Field idProperty(String column, String... targets) {
		return new Field(column, camel(column), ValueType.REFERENCE, false, CodeList.NONE, null, Set.of(targets));
	}

	private static Field of(String column, ValueType type) {
		return new Field(column, camel(column), type, false, CodeList.NONE, null, Set.of());
	}

	/**
	 * The same field under another name, where the column's name would clash (e.g.
	 * {@code kind}).
	 */
	public Field as(String otherName) {
		return new Field(this.column, otherName, this.type, this.mandatory, this.codeList, this.relation, this.targets);
	}

	/** The same field, required. */
	public Field required() {
		return new Field(this.column, this.name, this.type, true, this.codeList, this.relation, this.targets);
	}

	/** The Chinese term of a code of this field, or null. */
	public String zhOf(Object code) {
		return this.codeList.zhOf(code);
	}

	/** Whether the field is written as a relationship rather than a property. */
	public boolean isReference() {
		return this.type == ValueType.REFERENCE && this.relation != null;
	}

	static String camel(String column) {
		StringBuilder out = new StringBuilder();
		boolean upper = false;
		for (char c : column.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				out.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return out.toString();
	}

}
