package org.oversight;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's API section names every route the schema has: each root field of
 * {@code Query} and {@code Mutation} appears there in backticks, the typed lists by name
 * and the per-kind edits as {@code create<Kind>} / {@code update<Kind>}. A new route
 * without a line in the README fails the build.
 */
class ReadmeApiTests {

	@Test
	void theReadmeNamesEveryRootFieldOfTheSchema() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		int start = readme.indexOf("## The API in brief");
		assertThat(start).as("the README has an API section").isNotNegative();
		String api = readme.substring(start, readme.indexOf("\n## ", start + 1));
		TypeDefinitionRegistry schema = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/graphql"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".graphqls")).sorted().toList()) {
				schema.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		List<String> missing = new ArrayList<>();
		for (String root : List.of("Query", "Mutation")) {
			for (FieldDefinition field : rootFields(schema, root)) {
				if (!named(api, field.getName()) && !perKindEdit(schema, api, field.getName())) {
					missing.add(root + "." + field.getName());
				}
			}
		}
		assertThat(missing).as("root fields the README's API section does not name").isEmpty();
	}

	private static List<FieldDefinition> rootFields(TypeDefinitionRegistry schema, String root) {
		List<FieldDefinition> fields = new ArrayList<>();
		schema.getType(root, ObjectTypeDefinition.class).ifPresent((t) -> fields.addAll(t.getFieldDefinitions()));
		for (ObjectTypeExtensionDefinition extension : schema.objectTypeExtensions().getOrDefault(root, List.of())) {
			fields.addAll(extension.getFieldDefinitions());
		}
		return fields;
	}

	/**
	 * {@code createOrganization}, {@code updateLead} …: named as {@code create<Kind>}.
	 */
	private static boolean perKindEdit(TypeDefinitionRegistry schema, String api, String field) {
		var edit = Pattern.compile("(create|update)([A-Z]\\w*)").matcher(field);
		return edit.matches() && api.contains("`" + edit.group(1) + "<Kind>")
				&& schema.getType(edit.group(2), ObjectTypeDefinition.class)
					.map((t) -> t.getImplements()
						.stream()
						.anyMatch((i) -> "Entity".equals(((graphql.language.TypeName) i).getName())))
					.orElse(false);
	}

	private static boolean named(String api, String field) {
		return Pattern.compile("`" + Pattern.quote(field) + "[`(]").matcher(api).find();
	}

}
