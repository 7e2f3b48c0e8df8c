package org.oversight.graph;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the database the server runs on ({@code oversight.*}).
 *
 * @param dataDir where the embedded database keeps its files (env
 * {@code OVERSIGHT_DATA_DIR})
 * @param bolt the embedded database's Bolt connector
 * @param pageCache page cache of the embedded database, e.g. {@code 512m}
 * @param database the database name on an external server; empty for its default
 */
@ConfigurationProperties("oversight")
public record OversightProperties(Path dataDir, Bolt bolt, String pageCache, String database) {

	public OversightProperties {
		dataDir = (dataDir != null) ? dataDir : Path.of("data");
		bolt = (bolt != null) ? bolt : new Bolt(7687, "127.0.0.1", true, null, true);
		pageCache = (pageCache != null) ? pageCache : "256m";
		database = (database != null && !database.isBlank()) ? database : null;
	}

	/**
	 * The embedded database's Bolt connector.
	 *
	 * @param port the port; 0 picks a free one
	 * @param address the listen address; loopback unless deliberately changed
	 * @param authEnabled whether Bolt clients must authenticate (as user {@code neo4j})
	 * @param password the password of user {@code neo4j}; generated and kept in the data
	 * directory when empty
	 * @param enabled whether other processes may reach the database over Bolt; when off,
	 * the connector the server itself uses listens on a random loopback port and takes
	 * only a password made for this run and never written down
	 */
	public record Bolt(int port, String address, boolean authEnabled, String password,
			@DefaultValue("true") boolean enabled) {

		/** The connector used when Bolt is off: for this process only. */
		Bolt internal() {
			return new Bolt(0, "127.0.0.1", true, null, false);
		}

	}

}
