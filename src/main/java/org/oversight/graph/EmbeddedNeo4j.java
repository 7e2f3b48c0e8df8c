package org.oversight.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Neo4j 5 whose only door is a Bolt connector on loopback, so the server,
 * Neo4j Browser and cypher-shell all reach it the same way as an external database. The
 * server itself talks to it through the driver, over that connector, so with
 * {@code oversight.bolt.enabled=false} the connector stays but is closed to everyone
 * else: a random loopback port and a password made at each start, held in memory only.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	static final String USER = "neo4j";

	private final DatabaseManagementService service;

	private final String boltUri;

	private final String password;

	private EmbeddedNeo4j(DatabaseManagementService service, String boltUri, String password) {
		this.service = service;
		this.boltUri = boltUri;
		this.password = password;
	}

	/** Starts the database kept under the configured data directory. */
	public static EmbeddedNeo4j start(OversightProperties properties) {
		Path home = properties.dataDir().toAbsolutePath().normalize();
		OversightProperties.Bolt bolt = properties.bolt().enabled() ? properties.bolt() : properties.bolt().internal();
		long started = System.nanoTime();
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
			.setConfig(settings(properties, bolt))
			.build();
		String password;
		if (!bolt.enabled()) {
			password = processOnlyPassword(service, home);
		}
		else {
			password = bolt.authEnabled() ? ensurePassword(service, home, bolt.password()) : null;
		}
		GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		int port = db.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.getPort();
		String uri = "bolt://" + bolt.address() + ":" + port;
		log.info("Embedded Neo4j started in {} ms at {} (data in {}){}", (System.nanoTime() - started) / 1_000_000, uri,
				home, bolt.enabled() ? "" : "; Bolt is off: only this process knows the password");
		return new EmbeddedNeo4j(service, uri, password);
	}

	private static Map<org.neo4j.graphdb.config.Setting<?>, Object> settings(OversightProperties properties,
			OversightProperties.Bolt bolt) {
		return Map.ofEntries(Map.entry(BoltConnector.enabled, true),
				Map.entry(BoltConnector.listen_address, new SocketAddress(bolt.address(), bolt.port())),
				Map.entry(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED),
				Map.entry(HttpConnector.enabled, false), Map.entry(HttpsConnector.enabled, false),
				Map.entry(GraphDatabaseSettings.auth_enabled, bolt.authEnabled()),
				Map.entry(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache())),
				Map.entry(GraphDatabaseSettings.preallocate_logical_logs, false),
				Map.entry(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64)),
				Map.entry(GraphDatabaseSettings.keep_logical_logs, "2 files"),
				Map.entry(GraphDatabaseSettings.udc_enabled, false),
				// A statement past its timeout (a request's deadline) is cut when the
				// transaction monitor next looks: every 2 s by default, which let answers
				// come up to 2 s late.
				Map.entry(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100)),
				// Graph Data Science procedures reach into the kernel; they are
				// registered on
				// first use (algorithm/GdsProcedures), not loaded from a plugins
				// directory.
				Map.entry(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*")),
				// Bolt otherwise waits 5 s twice on shutdown for connections that are
				// already gone.
				Map.entry(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200)),
				Map.entry(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200)),
				Map.entry(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0),
				Map.entry(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1)));
	}

	/**
	 * Sets the password of user {@code neo4j}: the configured one, or one generated on
	 * first start and kept (owner-readable only) in {@code bolt-password} under the data
	 * directory.
	 */
	private static String ensurePassword(DatabaseManagementService service, Path home, String configured) {
		String password = (configured != null && !configured.isBlank()) ? configured : storedOrNewPassword(home);
		Path applied = home.resolve("bolt-password.applied");
		String fingerprint = sha256(password);
		if (fingerprint.equals(readOrNull(applied))) {
			// Setting it again would cost seconds of Cypher compilation on every start.
			return password;
		}
		GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		try {
			system.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
					Map.of("password", password));
		}
		catch (QueryExecutionException ex) {
			// Neo4j refuses to "change" a password to the one already set: that is the
			// restart case.
			if (!String.valueOf(ex.getMessage()).contains("cannot be the same")) {
				throw ex;
			}
		}
		writeOwnerOnly(applied, fingerprint);
		return password;
	}

	/**
	 * With Bolt off: a new password for user {@code neo4j} at every start, kept in memory
	 * only, so a password kept on disk from an earlier start (which is deleted) opens
	 * nothing. Costs the one {@code ALTER USER} per start that {@link #ensurePassword}
	 * saves otherwise.
	 */
	private static String processOnlyPassword(DatabaseManagementService service, Path home) {
		for (String kept : List.of("bolt-password", "bolt-password.applied")) {
			try {
				Files.deleteIfExists(home.resolve(kept));
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot delete " + home.resolve(kept) + ": " + ex.getMessage(), ex);
			}
		}
		String password = randomPassword();
		service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
			.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
					Map.of("password", password));
		return password;
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String readOrNull(Path file) {
		try {
			return Files.exists(file) ? Files.readString(file).strip() : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	/**
	 * Writes a secret readable by the owner only from its first byte, and whole or not at
	 * all: written beside the file and moved over it, so a process killed while writing
	 * leaves no empty or half-written password behind.
	 */
	private static void writeOwnerOnly(Path file, String text) {
		try {
			Path temp;
			try {
				temp = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			catch (UnsupportedOperationException ex) {
				temp = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp");
			}
			Files.writeString(temp, text);
			Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			log.debug("Cannot keep {}: {}", file, ex.getMessage());
		}
	}

	private static String storedOrNewPassword(Path home) {
		Path file = home.resolve("bolt-password");
		try {
			String kept = Files.exists(file) ? Files.readString(file).strip() : "";
			if (!kept.isEmpty()) {
				return kept;
			}
			String password = randomPassword();
			writeOwnerOnly(file, password);
			log.info("Bolt password of user neo4j generated and kept in {}", file);
			return password;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot keep the Bolt password in " + file + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The procedure registry of the database, to add procedures found on the classpath
	 * while it runs (an embedded database cannot load them from a plugins directory).
	 */
	public GlobalProcedures procedures() {
		return ((GraphDatabaseAPI) this.service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME))
			.getDependencyResolver()
			.resolveDependency(GlobalProcedures.class);
	}

	public String boltUri() {
		return this.boltUri;
	}

	public String user() {
		return USER;
	}

	/** The password Bolt clients use, or {@code null} when authentication is off. */
	public String password() {
		return this.password;
	}

	@Override
	public void close() {
		long started = System.nanoTime();
		this.service.shutdown();
		log.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

}
