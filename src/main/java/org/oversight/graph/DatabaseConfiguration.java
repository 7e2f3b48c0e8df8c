package org.oversight.graph;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.autoconfigure.neo4j.Neo4jConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Chooses the database: the embedded one by default, an external Neo4j 5 server, cluster
 * or Aura when {@code spring.neo4j.uri} is set (then Spring Boot's own driver settings
 * apply).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OversightProperties.class)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	@Conditional(EmbeddedMode.class)
	EmbeddedNeo4j embeddedNeo4j(OversightProperties properties) {
		return EarlyStart.take(properties);
	}

	@Bean
	@Conditional(EmbeddedMode.class)
	Neo4jConnectionDetails embeddedConnectionDetails(EmbeddedNeo4j embedded) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return URI.create(embedded.boltUri());
			}

			@Override
			public AuthToken getAuthToken() {
				return (embedded.password() != null) ? AuthTokens.basic(embedded.user(), embedded.password())
						: AuthTokens.none();
			}
		};
	}

	/** Embedded unless an external URI is configured. */
	static class EmbeddedMode implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.neo4j.uri"));
		}

	}

}
