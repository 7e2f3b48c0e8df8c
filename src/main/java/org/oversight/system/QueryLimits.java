package org.oversight.system;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Field;
import graphql.language.NodeVisitorStub;
import graphql.language.NodeTraverser;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;

/**
 * Bounds on what one request may ask, each configurable ({@code oversight.limits.*}) and
 * each refusal a GraphQL error that names the bound: depth of nesting, number of fields
 * (complexity), number of aliases. Page sizes and hops are bounded where they are read;
 * time is bounded per database statement ({@code oversight.limits.query-timeout}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryLimits.Limits.class)
class QueryLimits {

	/**
	 * @param maxDepth deepest nesting of fields
	 * @param maxComplexity most fields in one request
	 * @param maxAliases most aliased fields in one request
	 */
	@ConfigurationProperties("oversight.limits")
	record Limits(Integer maxDepth, Integer maxComplexity, Integer maxAliases) {

		Limits {
			maxDepth = (maxDepth != null) ? maxDepth : 12;
			maxComplexity = (maxComplexity != null) ? maxComplexity : 500;
			maxAliases = (maxAliases != null) ? maxAliases : 30;
		}

	}

	@Bean
	Instrumentation maxDepth(Limits limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth());
	}

	@Bean
	Instrumentation maxComplexity(Limits limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity());
	}

	@Bean
	Instrumentation maxAliases(Limits limits) {
		return new SimplePerformantInstrumentation() {
			@Override
			public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables input,
					InstrumentationExecutionParameters parameters, InstrumentationState state) {
				AtomicInteger aliases = new AtomicInteger();
				new NodeTraverser().depthFirst(new NodeVisitorStub() {
					@Override
					public TraversalControl visitField(Field node, TraverserContext<graphql.language.Node> context) {
						// The traverser visits each node on the way in and on the way
						// out.
						if (node.getAlias() != null && context.getPhase() == TraverserContext.Phase.ENTER) {
							aliases.incrementAndGet();
						}
						return TraversalControl.CONTINUE;
					}
				}, input.getDocument());
				if (aliases.get() > limits.maxAliases()) {
					throw new AbortExecutionException("The query uses " + aliases.get() + " aliases; at most "
							+ limits.maxAliases() + " are allowed");
				}
				return input;
			}
		};
	}

}
