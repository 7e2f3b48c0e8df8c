package org.oversight.startup;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Checks, as soon as the configuration is known and before the database or the web server
 * start, what would otherwise fail minutes later with a long stack trace: the HTTP and
 * Bolt ports, the data directory, the store's lock, and an external database's address
 * and password. Runs when the command line asks for it
 * ({@code oversight.start-checks=true}), so tests building contexts of their own are not
 * affected. Ordered after the configuration files are read and before the embedded
 * database is started early (graph/EarlyStart). Registered in
 * {@code META-INF/spring.factories}.
 */
public class StartChecks implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 1;
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		Environment env = event.getEnvironment();
		if (!env.getProperty("oversight.start-checks", Boolean.class, false)) {
			return;
		}
		boolean web = event.getSpringApplication().getWebApplicationType() != WebApplicationType.NONE;
		String external = env.getProperty("spring.neo4j.uri");
		if (StringUtils.hasText(external)) {
			reachable(external, env);
		}
		else {
			Path dir = Path.of(env.getProperty("oversight.data-dir", "data")).toAbsolutePath().normalize();
			writable(dir);
			unlocked(dir);
		}
		if (web) {
			int port = env.getProperty("server.port", Integer.class, 8080);
			free(env.getProperty("server.address"), port, "port " + port + " is in use (change it with --port)");
		}
		if (!StringUtils.hasText(external) && env.getProperty("oversight.bolt.enabled", Boolean.class, true)) {
			int port = env.getProperty("oversight.bolt.port", Integer.class, 7687);
			free(env.getProperty("oversight.bolt.address", "127.0.0.1"), port, "Bolt port " + port
					+ " is in use (change it with --oversight.bolt.port=PORT, or turn Bolt off with --oversight.bolt.enabled=false)");
		}
	}

	/** The data directory exists or can be made, and a file can be written in it. */
	static void writable(Path dir) {
		try {
			Files.createDirectories(dir);
			Path probe = Files.createTempFile(dir, ".write-check", "");
			Files.delete(probe);
		}
		catch (IOException | SecurityException ex) {
			throw new StartFailure("cannot start: the data directory " + dir + " cannot be written ("
					+ StartFailures.reason(ex).replace(dir + ": ", "") + ") (change it with --data-dir)");
		}
	}

	/**
	 * Nobody else holds the store: the same lock Neo4j takes, tried and let go at once.
	 */
	static void unlocked(Path dir) {
		Path lock = dir.resolve("data/databases/store_lock");
		if (!Files.exists(lock)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
			FileLock held = channel.tryLock();
			if (held == null) {
				throw locked(dir);
			}
			held.release();
		}
		catch (OverlappingFileLockException ex) {
			throw locked(dir);
		}
		catch (IOException ex) {
			throw new StartFailure("cannot start: the data directory " + dir + " cannot be written ("
					+ StartFailures.reason(ex) + ") (change it with --data-dir)");
		}
	}

	static StartFailure locked(Path dir) {
		return new StartFailure("cannot start: the database in " + dir
				+ " is in use by another running instance (stop it, or use another folder with --data-dir)");
	}

	/** A port above 0 can be bound now (0 picks a free one, always possible). */
	static void free(String address, int port, String line) {
		if (port <= 0) {
			return;
		}
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			InetSocketAddress at = StringUtils.hasText(address)
					? new InetSocketAddress(InetAddress.getByName(address), port) : new InetSocketAddress(port);
			socket.bind(at);
		}
		catch (IOException ex) {
			throw new StartFailure("cannot start: " + line);
		}
	}

	/**
	 * The external database answers and takes the user and password. Only these two plain
	 * refusals stop the start here; anything else (TLS settings this probe does not copy,
	 * say) is left to the real connection.
	 */
	static void reachable(String uri, Environment env) {
		if (StringUtils.hasText(env.getProperty("spring.neo4j.authentication.kerberos-ticket"))) {
			return;
		}
		String user = env.getProperty("spring.neo4j.authentication.username", "neo4j");
		String password = env.getProperty("spring.neo4j.authentication.password", "");
		AuthToken auth = StringUtils.hasText(password) ? AuthTokens.basic(user, password) : AuthTokens.none();
		Config config = Config.builder()
			.withLogging(Logging.none())
			.withConnectionTimeout(Duration.ofSeconds(10).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
			.build();
		try (Driver driver = GraphDatabase.driver(uri, auth, config)) {
			driver.verifyConnectivity();
		}
		catch (AuthenticationException ex) {
			throw new StartFailure(StartFailures.refused(uri, user));
		}
		catch (ServiceUnavailableException ex) {
			throw new StartFailure(StartFailures.unreachable(uri, ex));
		}
		catch (RuntimeException ex) {
			// Not a plain refusal: the real connection will say what it is.
		}
	}

}
