package org.oversight;

import org.oversight.cli.Cli;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Oversight Graph: link analysis for city and county inspection (巡察) on Neo4j, served
 * through GraphQL. {@link #main} hands the command line to {@link Cli}.
 */
@SpringBootApplication
public class OversightGraph {

	public static void main(String[] args) {
		int exit = Cli.run(args);
		if (exit != Cli.KEEP_RUNNING) {
			System.exit(exit);
		}
	}

}
