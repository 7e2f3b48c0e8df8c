package org.oversight.entity;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;
import org.oversight.model.EntityType;
import org.oversight.model.Field;
import org.oversight.model.Model;
import org.oversight.model.RelationField;
import org.oversight.model.ValueType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema files are written by hand; this keeps them in step with the model catalogue.
 */
@SpringBootTest
class SchemaMatchesModelIT {

	@Autowired
	GraphQlSource source;

	@Autowired
	Model model;

	@Test
	void everyFieldOfTheModelIsInTheSchema() {
		GraphQLSchema schema = this.source.schema();
		List<String> missing = new ArrayList<>();
		for (EntityType type : this.model.entityTypes()) {
			GraphQLFieldsContainer object = (GraphQLFieldsContainer) schema.getType(type.kind());
			if (object == null) {
				missing.add("type " + type.kind());
				continue;
			}
			GraphQLInputObjectType create = (GraphQLInputObjectType) schema.getType("Create" + type.kind() + "Input");
			GraphQLInputObjectType update = (GraphQLInputObjectType) schema.getType("Update" + type.kind() + "Input");
			for (Field field : type.fields()) {
				if (!field.isReference() && field.type() != ValueType.IDENTIFIER && !field.column().equals("id_hash")
						&& object.getFieldDefinition(field.name()) == null) {
					missing.add(type.kind() + "." + field.name());
				}
				if (!this.model.controlled(type.kind())
						&& (create.getField(field.name()) == null || update.getField(field.name()) == null)) {
					missing.add("input of " + type.kind() + "." + field.name());
				}
				if (field.type() == ValueType.CODE && object.getFieldDefinition(field.name() + "Zh") == null) {
					missing.add(type.kind() + "." + field.name() + "Zh");
				}
			}
			boolean generic = schema.getMutationType().getFieldDefinition("create" + type.kind()) != null;
			if (generic == this.model.controlled(type.kind())) {
				missing.add((generic ? "no generic create for controlled " : "create") + type.kind());
			}
			if (this.model.controlled(type.kind()) && (create != null || update != null)) {
				missing.add("no generic edit input of " + type.kind() + ", whose writes are its workflow's");
			}
			if (schema.getQueryType().getFieldDefinition(EntityWiring.plural(type.kind())) == null) {
				missing.add("Query." + EntityWiring.plural(type.kind()));
			}
		}
		for (RelationField relation : this.model.relationFields()) {
			GraphQLFieldsContainer object = (GraphQLFieldsContainer) schema.getType(relation.type());
			if (object.getFieldDefinition(relation.field()) == null) {
				missing.add(relation.type() + "." + relation.field());
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyCodeListIsAnEnumWithTheSameCodes() {
		GraphQLSchema schema = this.source.schema();
		this.model.entityTypes()
			.stream()
			.flatMap((t) -> t.fields().stream())
			.filter((f) -> f.type() == ValueType.CODE)
			.forEach((f) -> {
				var enumType = (graphql.schema.GraphQLEnumType) schema.getType(f.codeList().name());
				assertThat(enumType.getValues()).extracting(graphql.schema.GraphQLEnumValueDefinition::getName)
					.as(f.codeList().name())
					.containsExactlyElementsOf(f.codeList().codes());
			});
	}

}
