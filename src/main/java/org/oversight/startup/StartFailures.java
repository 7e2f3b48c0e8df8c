package org.oversight.startup;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The one line for each known cause of a failed start, found anywhere in the chain of
 * causes: for failures the checks before the start could not see coming (a port taken in
 * the meantime, a lock taken by a database starting at the same moment).
 */
public final class StartFailures {

	private static final Set<Throwable> REPORTED = Collections
		.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

	private StartFailures() {
	}

	/** The line for a known cause, or empty. */
	public static Optional<String> explain(Throwable failure, Environment env) {
		for (Throwable t = failure; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			Optional<String> line = line(t, env);
			if (line.isPresent()) {
				return line;
			}
		}
		return Optional.empty();
	}

	private static Optional<String> line(Throwable t, Environment env) {
		if (t instanceof StartFailure) {
			return Optional.of(t.getMessage());
		}
		if (t instanceof PortInUseException portInUse) {
			return Optional.of("cannot start: port " + portInUse.getPort() + " is in use (change it with --port)");
		}
		if (t instanceof AuthenticationException && env != null) {
			return Optional.of(refused(env.getProperty("spring.neo4j.uri", "the database"),
					env.getProperty("spring.neo4j.authentication.username", "neo4j")));
		}
		if (t instanceof ServiceUnavailableException unavailable && env != null
				&& StringUtils.hasText(env.getProperty("spring.neo4j.uri"))) {
			return Optional.of(unreachable(env.getProperty("spring.neo4j.uri"), unavailable));
		}
		String type = t.getClass().getName();
		if (type.equals("org.neo4j.kernel.internal.locker.FileLockException") && env != null) {
			return Optional.of(StartChecks.locked(dataDir(env)).getMessage());
		}
		if (type.equals("org.neo4j.configuration.helpers.PortBindException") && env != null) {
			return Optional.of("cannot start: Bolt port " + env.getProperty("oversight.bolt.port", "7687")
					+ " is in use (change it with --oversight.bolt.port=PORT, or turn Bolt off with --oversight.bolt.enabled=false)");
		}
		if (t instanceof AccessDeniedException && env != null) {
			return Optional.of("cannot start: the data directory " + dataDir(env) + " cannot be written (" + reason(t)
					+ ") (change it with --data-dir)");
		}
		return Optional.empty();
	}

	static String refused(String uri, String user) {
		return "cannot start: the Neo4j at " + uri + " refused user '" + user
				+ "' and its password (change them with --neo4j-user and --neo4j-password)";
	}

	static String unreachable(String uri, Throwable cause) {
		return "cannot start: no Neo4j answers at " + uri + " (" + reason(cause) + ") (change it with --neo4j-uri)";
	}

	/** The short reason of an I/O failure, on one line. */
	static String reason(Throwable ex) {
		if (ex instanceof FileSystemException fs) {
			String why = (fs.getReason() != null) ? fs.getReason() : fs.getClass().getSimpleName();
			return (fs.getFile() != null) ? fs.getFile() + ": " + why : why;
		}
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		int end = message.indexOf('\n');
		return ((end < 0) ? message : message.substring(0, end)).strip();
	}

	private static Path dataDir(Environment env) {
		return Path.of(env.getProperty("oversight.data-dir", "data")).toAbsolutePath().normalize();
	}

	/** Marks a failure whose line has been printed. */
	static void reported(Throwable failure) {
		REPORTED.add(failure);
	}

	/**
	 * Whether this failure, or one it wraps, has had its line printed: then nothing more
	 * needs saying.
	 */
	public static boolean wasReported(Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (REPORTED.contains(t)) {
				return true;
			}
		}
		return false;
	}

}
