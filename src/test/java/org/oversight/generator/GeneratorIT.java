package org.oversight.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.cli.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator through the command line: a tiny prefecture that the real importer takes
 * with no error, the same bytes for the same seed, and a ground truth whose ids exist.
 */
class GeneratorIT {

	private static final String SCALE = "0.002";

	@TempDir
	Path dir;

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private PrintStream oldErr;

	@BeforeEach
	void capture() {
		this.oldErr = System.err;
		System.setErr(new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restore() {
		System.setErr(this.oldErr);
	}

	private Path generate(String name, String seed) {
		Path out = this.dir.resolve(name);
		assertThat(Cli.run(new String[] { "generate", "--scale", SCALE, "--seed", seed, "--out", out.toString() }))
			.isZero();
		return out;
	}

	@Test
	void aTinyPrefectureImportsWithoutErrorAndEveryGroundTruthIdExists() throws IOException {
		Path bundle = generate("a", "7");
		int exit = Cli.run(new String[] { "import", bundle.toString(), "--data-dir", this.dir.resolve("db").toString(),
				"--oversight.bolt.port=0" });
		assertThat(exit).as(() -> this.err.toString(StandardCharsets.UTF_8)).isZero();

		Set<String> ids = idsOf(bundle);
		JsonNode truth = new ObjectMapper().readTree(bundle.resolve(Generator.GROUND_TRUTH).toFile());
		assertThat(truth.get("asOf").asText()).isEqualTo("2026-11-01");
		int plants = new Layout(Double.parseDouble(SCALE)).plants;
		Map<String, Integer> planted = new java.util.TreeMap<>();
		for (JsonNode hit : truth.get("hits")) {
			assertThat(ids).contains(hit.get("subject").asText());
			hit.get("evidence").forEach((e) -> assertThat(ids).contains(e.asText()));
			if (hit.get("subject").asText().contains("-X-")) {
				planted.merge(hit.get("rule").asText(), 1, Integer::sum);
			}
		}
		assertThat(planted).hasSize(GroundTruth.RULES.size())
			.allSatisfy((rule, count) -> assertThat(count).isEqualTo(plants));
		assertThat(truth.get("counts").get("OVERDUE_RECTIFICATION").asInt()).isGreaterThan(plants);
		assertThat(truth.get("counts").get("CIRCULAR_FLOW").asInt()).isEqualTo(plants);
	}

	@Test
	void theSameSeedGivesTheSameBytesAndAnotherSeedOtherData() throws IOException {
		Path a = generate("a", "42");
		Path b = generate("b", "42");
		Path c = generate("c", "43");
		List<String> files = files(a);
		assertThat(files).contains("persons.csv", "transfers.csv", "findings.csv", Generator.GROUND_TRUTH);
		assertThat(files(b)).isEqualTo(files);
		for (String file : files) {
			assertThat(Files.mismatch(a.resolve(file), b.resolve(file))).as(file).isEqualTo(-1);
		}
		assertThat(Files.mismatch(a.resolve("persons.csv"), c.resolve("persons.csv"))).isNotEqualTo(-1);
		assertThat(Files.mismatch(a.resolve("transfers.csv"), c.resolve("transfers.csv"))).isNotEqualTo(-1);
	}

	@Test
	void badArgumentsExitWithTwoAndSayWhy() {
		String out = this.dir.resolve("x").toString();
		assertThat(Cli.run(new String[] { "generate", "--scale", "0", "--out", out })).isEqualTo(2);
		assertThat(Cli.run(new String[] { "generate", "--scale", "-1", "--out", out })).isEqualTo(2);
		assertThat(Cli.run(new String[] { "generate", "--scale", "1" })).isEqualTo(2);
		assertThat(Cli.run(new String[] { "generate", "--scale", "much", "--out", out })).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("--scale must be a number above 0", "--out");
		assertThat(this.dir.resolve("x")).doesNotExist();
	}

	private static List<String> files(Path folder) throws IOException {
		try (Stream<Path> list = Files.list(folder)) {
			return list.map((p) -> p.getFileName().toString()).sorted().toList();
		}
	}

	/**
	 * Every id of the bundle: entity ids and transfer ids (the first column of files with
	 * an id).
	 */
	private static Set<String> idsOf(Path bundle) throws IOException {
		Set<String> ids = new HashSet<>();
		for (String file : files(bundle)) {
			if (!file.endsWith(".csv")) {
				continue;
			}
			List<String> lines = Files.readAllLines(bundle.resolve(file));
			if (lines.get(0).startsWith("id,")) {
				lines.stream().skip(1).forEach((line) -> ids.add(line.substring(0, line.indexOf(','))));
			}
		}
		return ids;
	}

}
