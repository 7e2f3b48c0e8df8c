package org.oversight.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLArgument;
import graphql.schema.InputValueWithState;
import org.springframework.stereotype.Component;

/**
 * An argument given as an explicit {@code null} where the schema declares a default (e.g.
 * {@code paths(first: null)}) takes the default, as if left out. GraphQL passes such a
 * null through to the resolver, which for a number it must use (a page size, hops) failed
 * inside instead of answering; one rule here serves every route.
 */
@Component
class NullMeansDefault extends SimplePerformantInstrumentation {

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		List<GraphQLArgument> defaulted = parameters.getExecutionStepInfo()
			.getFieldDefinition()
			.getArguments()
			.stream()
			.filter((a) -> a.hasSetDefaultValue() && value(a) != null)
			.toList();
		if (defaulted.isEmpty()) {
			return fetcher;
		}
		return (env) -> {
			Map<String, Object> arguments = env.getArguments();
			if (defaulted.stream()
				.noneMatch((a) -> arguments.containsKey(a.getName()) && arguments.get(a.getName()) == null)) {
				return fetcher.get(env);
			}
			Map<String, Object> filled = new LinkedHashMap<>(arguments);
			for (GraphQLArgument a : defaulted) {
				if (filled.containsKey(a.getName()) && filled.get(a.getName()) == null) {
					filled.put(a.getName(), value(a));
				}
			}
			return fetcher.get(DataFetchingEnvironmentImpl.newDataFetchingEnvironment(env).arguments(filled).build());
		};
	}

	/**
	 * The Java value of a default written in the schema: a number (a Float's as a double,
	 * also when written as 0), flag, text or enum.
	 */
	private static Object value(GraphQLArgument argument) {
		InputValueWithState value = argument.getArgumentDefaultValue();
		if (value.isExternal()) {
			return value.getValue();
		}
		Object literal = value.getValue();
		boolean isFloat = "Float".equals(graphql.schema.GraphQLTypeUtil
			.simplePrint(graphql.schema.GraphQLTypeUtil.unwrapNonNull(argument.getType())));
		if (literal instanceof IntValue i) {
			return isFloat ? (Object) i.getValue().doubleValue() : (Object) i.getValue().intValue();
		}
		if (literal instanceof FloatValue f) {
			return f.getValue().doubleValue();
		}
		if (literal instanceof BooleanValue b) {
			return b.isValue();
		}
		if (literal instanceof StringValue s) {
			return s.getValue();
		}
		if (literal instanceof EnumValue e) {
			return e.getName();
		}
		return null;
	}

}
