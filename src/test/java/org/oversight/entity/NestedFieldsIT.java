package org.oversight.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import org.dataloader.DataLoaderRegistry;

import org.junit.jupiter.api.Test;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.graph.Cypher;
import org.oversight.ingest.Importer;
import org.oversight.security.Caller;
import org.oversight.security.Visibility;
import org.oversight.store.GraphEntity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nested relation fields are loaded in batches: a page of 100 organizations with their
 * people, parents and projects costs a handful of statements, not hundreds.
 */
@GraphTest
class NestedFieldsIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Importer importer;

	@Autowired
	Cypher cypher;

	@Autowired
	GraphQlSource source;

	@Autowired
	BatchLoaderRegistry batchLoaders;

	@Test
	void aPageOfHundredOrganizationsWithNestedPeopleTakesOneStatementPerField() {
		String p = TestData.prefix();
		StringBuilder orgs = new StringBuilder("id,name,kind,level,parent_id\n$ROOT,市委,PARTY_COMMITTEE,CITY,\n");
		StringBuilder persons = new StringBuilder("id,name\n");
		StringBuilder positions = new StringBuilder("person_id,org_id,title,start_date\n");
		for (int i = 0; i < 100; i++) {
			orgs.append("$O%03d,单位%d,DEPARTMENT,COUNTY,$ROOT%n".formatted(i, i));
			for (int j = 0; j < 3; j++) {
				persons.append("$P%03d-%d,人员%d-%d%n".formatted(i, j, i, j));
				positions.append("$P%03d-%d,$O%03d,科员,2020-01-01%n".formatted(i, j, i));
			}
		}
		Map<String, String> files = new HashMap<>();
		files.put("organizations.csv", orgs.toString());
		files.put("persons.csv", persons.toString());
		files.put("positions.csv", positions.toString());
		TestData.load(this.importer, p, files);

		// Signing in costs statements of its own on every request: measure them apart.
		long signIn = this.cypher.statementCount();
		this.graphQl.document("{ __typename }").execute();
		signIn = this.cypher.statementCount() - signIn;
		long before = this.cypher.statementCount();
		var response = this.graphQl
			.document(
					"""
							{ organizations(filter: {underId: "%sROOT", level: [COUNTY]}, first: 100) {
							    totalCount
							    nodes { name parent { name } positions { title person { name accounts { id } } } projects { id } } } }"""
						.formatted(p))
			.execute();
		long statements = this.cypher.statementCount() - before - signIn;

		response.path("organizations.nodes").entityList(Object.class).hasSize(100);
		response.path("organizations.nodes[*].positions[*].person.name").entityList(String.class).hasSize(300);
		// list + count + parent + positions + projects + the persons' accounts
		assertThat(statements).isLessThanOrEqualTo(6);
	}

	/**
	 * Relation fields read only what the selection asks for: the entities behind
	 * {@code parent { name }} and {@code positions { title person { name } }} come
	 * without their other properties, a tie without its other values; what is asked is
	 * all there, and the statement count stays one per field.
	 */
	@Test
	void relationFieldsReadOnlyThePropertiesAsked() {
		String p = TestData.prefix();
		StringBuilder orgs = new StringBuilder("id,name,kind,level,parent_id\n$ROOT,市委,PARTY_COMMITTEE,CITY,\n");
		StringBuilder persons = new StringBuilder("id,name,gender,birth_year\n");
		StringBuilder positions = new StringBuilder("person_id,org_id,title,start_date\n");
		for (int i = 0; i < 20; i++) {
			orgs.append("$O%03d,单位%d,DEPARTMENT,COUNTY,$ROOT%n".formatted(i, i));
			persons.append("$P%03d,人员%d,F,1970%n".formatted(i, i));
			positions.append("$P%03d,$O%03d,科员,2020-01-01%n".formatted(i, i));
		}
		TestData.load(this.importer, p, Map.of("organizations.csv", orgs.toString(), "persons.csv", persons.toString(),
				"positions.csv", positions.toString()));

		Map<String, List<Object>> seen = new HashMap<>();
		long before = this.cypher.statementCount();
		ExecutionResult narrow = run("""
				{ organizations(filter: {underId: "%sROOT", level: [COUNTY]}, first: 100) {
				    nodes { name parent { name } positions { title person { name } } } } }""".formatted(p), seen);
		long statements = this.cypher.statementCount() - before;
		assertThat(narrow.getErrors()).isEmpty();
		// list + parent + positions
		assertThat(statements).isLessThanOrEqualTo(3);

		List<GraphEntity> parents = entities(seen.get("parent"));
		assertThat(parents).hasSize(20).allSatisfy((org) -> {
			assertThat(org.name()).isEqualTo("市委");
			assertThat(org.kind()).isEqualTo("Organization");
			assertThat(org.properties()).doesNotContainKeys("level", "source", "recordedAt");
		});
		List<Map<String, Object>> ties = ties(seen.get("positions"));
		assertThat(ties).hasSize(20).allSatisfy((tie) -> {
			assertThat(tie.get("title")).isEqualTo("科员");
			assertThat(tie).doesNotContainKey("startDate");
			GraphEntity person = (GraphEntity) tie.get("person");
			assertThat(person.name()).startsWith("人员");
			assertThat(person.properties()).doesNotContainKeys("gender", "birthYear");
			GraphEntity organization = (GraphEntity) tie.get("organization");
			assertThat(organization.properties()).containsOnlyKeys("id");
		});

		// Asked for, they are read: a property, a Chinese term from its code, provenance.
		seen.clear();
		ExecutionResult wide = run("""
				{ organizations(filter: {underId: "%sROOT", level: [COUNTY]}, first: 100) {
				    nodes { positions { startDate person { birthYear genderZh provenance { source } } } } } }"""
			.formatted(p), seen);
		assertThat(wide.getErrors()).isEmpty();
		assertThat(ties(seen.get("positions"))).hasSize(20).allSatisfy((tie) -> {
			assertThat(tie.get("startDate")).isEqualTo("2020-01-01");
			GraphEntity person = (GraphEntity) tie.get("person");
			assertThat(person.properties()).containsKeys("birthYear", "gender", "source");
		});
		Map<String, Object> data = wide.getData();
		assertThat(data.toString()).contains("birthYear=1970", "genderZh=女");
	}

	/**
	 * Runs a document in process as a signed-in administrator would, noting what the
	 * {@code Organization} relation fields handed to GraphQL.
	 */
	private ExecutionResult run(String document, Map<String, List<Object>> seen) {
		GraphQL graphQl = GraphQL.newGraphQL(this.source.schema())
			.instrumentation(new SimplePerformantInstrumentation() {

				@Override
				public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher,
						InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
					String field = parameters.getExecutionStepInfo().getField().getName();
					if (!"Organization".equals(parameters.getExecutionStepInfo().getObjectType().getName())
							|| !Set.of("parent", "positions").contains(field)) {
						return fetcher;
					}
					return (env) -> ((CompletionStage<?>) fetcher.get(env)).thenApply((value) -> {
						synchronized (seen) {
							seen.computeIfAbsent(field, (k) -> new ArrayList<>()).add(value);
						}
						return value;
					});
				}

			})
			.build();
		ExecutionInput input = ExecutionInput.newExecutionInput(document)
			.graphQLContext(Map.of(Caller.class, new Caller("test", Visibility.ALL, null)))
			.dataLoaderRegistry(new DataLoaderRegistry())
			.build();
		this.batchLoaders.registerDataLoaders(input.getDataLoaderRegistry(), input.getGraphQLContext());
		return graphQl.execute(input);
	}

	private static List<GraphEntity> entities(List<Object> values) {
		return values.stream().map(GraphEntity.class::cast).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> ties(List<Object> values) {
		return values.stream()
			.flatMap((v) -> ((Collection<?>) v).stream())
			.map((v) -> (Map<String, Object>) v)
			.toList();
	}

}
