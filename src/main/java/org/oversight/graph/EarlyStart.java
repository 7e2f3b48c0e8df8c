package org.oversight.graph;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded database as soon as the configuration is known, on a thread of its
 * own, so that its five seconds overlap with building the application context instead of
 * following it. The database bean then takes the started database (or starts it itself
 * when this did not run). Registered in {@code META-INF/spring.factories}.
 */
public class EarlyStart implements ApplicationListener<SpringApplicationEvent> {

	private static final Map<Path, CompletableFuture<EmbeddedNeo4j>> STARTING = new ConcurrentHashMap<>();

	@Override
	public void onApplicationEvent(SpringApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			start(prepared.getEnvironment());
		}
		else if (event instanceof ApplicationFailedEvent) {
			// A start that failed before the database bean took the database must not
			// leave
			// it running: its threads would keep the process alive.
			STARTING.values().removeIf((started) -> {
				started.thenAccept(EmbeddedNeo4j::close);
				return true;
			});
		}
	}

	private void start(ConfigurableEnvironment environment) {
		if (StringUtils.hasText(environment.getProperty("spring.neo4j.uri"))) {
			return;
		}
		OversightProperties properties = Binder.get(environment)
			.bind("oversight", OversightProperties.class)
			.orElseGet(() -> new OversightProperties(null, null, null, null));
		// Pin the directory: a placeholder such as ${random.uuid} resolves anew on every
		// read, and the database bean must find the database started here.
		environment.getPropertySources()
			.addFirst(new MapPropertySource("oversight-early-start",
					Map.of("oversight.data-dir", key(properties).toString())));
		STARTING.computeIfAbsent(key(properties),
				(k) -> CompletableFuture.supplyAsync(() -> EmbeddedNeo4j.start(properties)));
	}

	/** The database started early for these settings, or one started now. */
	static EmbeddedNeo4j take(OversightProperties properties) {
		CompletableFuture<EmbeddedNeo4j> started = STARTING.remove(key(properties));
		return (started != null) ? started.join() : EmbeddedNeo4j.start(properties);
	}

	private static Path key(OversightProperties properties) {
		return properties.dataDir().toAbsolutePath().normalize();
	}

}
