package org.oversight.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring properties on the command line, as {@code --name=value} and as
 * {@code --name value}; one with no value is refused with the form to use. (That they
 * reach Spring in both forms is shown by startup/StartFailureIT, whose ports are given as
 * {@code --name value}.)
 */
class SpringPropertiesTests {

	@Test
	void bothFormsArePassedToSpringAsNameEqualsValue() {
		List<String> own = new ArrayList<>();
		List<String> passed = new ArrayList<>();
		String missing = Cli.split(new String[] { "import", "DIR", "--oversight.bolt.port", "7688", "--data-dir", "db",
				"--spring.neo4j.uri=bolt://x:7687", "--oversight.limits.max-depth", "15" }, own, passed);
		assertThat(missing).isNull();
		assertThat(own).containsExactly("import", "DIR", "--data-dir", "db");
		assertThat(passed).containsExactly("--oversight.bolt.port=7688", "--spring.neo4j.uri=bolt://x:7687",
				"--oversight.limits.max-depth=15");
	}

	@Test
	void aPropertyWithoutAValueIsRefusedWithTheFormToUse() {
		assertThat(Cli.split(new String[] { "serve", "--oversight.bolt.port" }, new ArrayList<>(), new ArrayList<>()))
			.isEqualTo("--oversight.bolt.port");
		assertThat(Cli.split(new String[] { "--server.port", "--no-sample" }, new ArrayList<>(), new ArrayList<>()))
			.isEqualTo("--server.port");
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		try {
			System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
			assertThat(Cli.run(new String[] { "serve", "--no-sample", "--oversight.bolt.port" })).isEqualTo(2);
		}
		finally {
			System.setErr(err);
		}
		assertThat(captured.toString(StandardCharsets.UTF_8).strip())
			.isEqualTo("--oversight.bolt.port needs a value: write --oversight.bolt.port=VALUE");
	}

}
