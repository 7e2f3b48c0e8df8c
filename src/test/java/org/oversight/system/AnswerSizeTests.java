package org.oversight.system;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

import org.springframework.graphql.execution.DataFetcherExceptionResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer's bounds on graphql-java itself, with the server's own error resolver: a
 * query whose time runs out stops fetching and answers one error, however many fields
 * were still to come; an answer past its size bound is refused as a whole.
 */
class AnswerSizeTests {

	private static final String SDL = "type Query { items: [Item!]! } type Item { n: Int! slow: String }";

	@Test
	void aQueryWhoseTimeRanOutAnswersOneErrorNotOneAField() {
		DataFetcher<Object> slow = (env) -> {
			Map<String, Object> item = env.getSource();
			if ((int) item.get("n") >= 3) {
				throw new ClientException("Neo.ClientError.Transaction.TransactionTimedOut", "timed out");
			}
			return "ok";
		};
		ExecutionResult result = graphQl(200_000, slow).execute("{ items { n slow } }");
		assertThat(result.getErrors()).singleElement()
			.satisfies((e) -> assertThat(e.getExtensions()).containsEntry("code", "LIMIT_EXCEEDED")
				.containsEntry("field", "query-timeout"));
		assertThat((Object) result.getData()).isNull();
	}

	@Test
	void anAnswerPastItsSizeIsRefusedAsAWhole() {
		ExecutionResult small = graphQl(1_200, (env) -> "ok").execute("{ items { n } }");
		assertThat(small.getErrors()).isEmpty();
		assertThat(((Map<String, List<?>>) small.getData()).get("items")).hasSize(500);

		ExecutionResult large = graphQl(1_200, (env) -> "ok").execute("{ items { n slow } }");
		assertThat(large.getErrors()).singleElement().satisfies((e) -> {
			assertThat(e.getExtensions()).containsEntry("code", "LIMIT_EXCEEDED")
				.containsEntry("field", "answer-fields");
			assertThat(e.getMessage()).contains("past 1200 fields");
		});
		assertThat((Object) large.getData()).isNull();
	}

	@Test
	void aQueryStopsAtItsDeadlineAlsoWhenNoStatementRuns() {
		// Five hundred fields of 5 ms each: 2.5 s of work in Java, no statement to cut.
		DataFetcher<Object> slow = (env) -> {
			Thread.sleep(5);
			return "ok";
		};
		GraphQL graphQl = graphQl(200_000, slow, new QueryLimits.RequestDeadline(java.time.Duration.ofMillis(500)));
		long began = System.nanoTime();
		ExecutionResult result = graphQl.execute("{ items { n slow } }");
		long took = (System.nanoTime() - began) / 1_000_000;
		assertThat(result.getErrors()).singleElement()
			.satisfies((e) -> assertThat(e.getExtensions()).containsEntry("field", "query-timeout"));
		assertThat(took).isLessThan(1_500);
		assertThat(QueryLimits.RequestDeadline.reserve(java.time.Duration.ofSeconds(30)))
			.isEqualTo(java.time.Duration.ofSeconds(1));
		assertThat(QueryLimits.RequestDeadline.reserve(java.time.Duration.ofMillis(500)))
			.isEqualTo(java.time.Duration.ofMillis(50));
	}

	private static GraphQL graphQl(int maxFields, DataFetcher<Object> slow) {
		return graphQl(maxFields, slow, null);
	}

	private static GraphQL graphQl(int maxFields, DataFetcher<Object> slow, QueryLimits.RequestDeadline deadline) {
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.type("Query", (t) -> t.dataFetcher("items",
					(env) -> IntStream.rangeClosed(1, 500).mapToObj((n) -> Map.<String, Object>of("n", n)).toList()))
			.type("Item", (t) -> t.dataFetcher("slow", slow))
			.build();
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
		return GraphQL.newGraphQL(schema)
			.instrumentation((deadline != null) ? new graphql.execution.instrumentation.ChainedInstrumentation(deadline,
					new QueryLimits.AnswerSize(maxFields)) : new QueryLimits.AnswerSize(maxFields))
			.defaultDataFetcherExceptionHandler(
					DataFetcherExceptionResolver.createExceptionHandler(List.of(new ApiErrors())))
			.build();
	}

}
