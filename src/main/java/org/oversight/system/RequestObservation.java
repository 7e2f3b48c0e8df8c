package org.oversight.system;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * GraphQL observations per request and per batch load, not per field. Spring Boot's
 * default observes every non-trivial field with a Micrometer observation of its own; on a
 * page of 100 with nested relations that was about half of the request threads' time (see
 * docs/benchmarks.md). The request observation ({@code graphql.request}) and the data
 * loader observations ({@code graphql.dataloader}) stay; {@code graphql.datafetcher} is
 * no longer recorded. Declaring this bean replaces Boot's.
 */
@Configuration(proxyBeanMethods = false)
class RequestObservation {

	@Bean
	GraphQlObservationInstrumentation graphQlObservationInstrumentation(ObservationRegistry registry) {
		return new GraphQlObservationInstrumentation(registry) {

			@Override
			public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher,
					InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
				return fetcher;
			}

		};
	}

}
