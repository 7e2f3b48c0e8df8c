package org.oversight;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Packages are features, and features do not depend on each other in cycles.
 */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.oversight");

	@Test
	void featuresAreFreeOfCycles() {
		slices().matching("org.oversight.(*)..").should().beFreeOfCycles().check(this.classes);
	}

	@Test
	void thereAreNoTechnicalLayerPackages() {
		noClasses().should()
			.resideInAnyPackage("..controller..", "..service..", "..repository..", "..dto..")
			.check(this.classes);
	}

	@Test
	void theModelKernelDependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage("org.oversight.model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.oversight.store..", "org.oversight.graph..", "org.oversight.entity..",
					"org.oversight.ingest..", "org.oversight.explore..", "org.oversight.system..",
					"org.oversight.cli..")
			.check(this.classes);
	}

	@Test
	void onlyTheGraphPackageTouchesTheDriverSession() {
		noClasses().that()
			.resideOutsideOfPackage("org.oversight.graph..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.neo4j.driver.Session")
			.check(this.classes);
	}

	/** A Cypher clause opening a statement inside a Java string. */
	private static final Pattern INLINE_CYPHER = Pattern
		.compile("\"[^\"]*\\b(MATCH|MERGE|UNWIND|CREATE|DETACH DELETE) [(a-z$]|^\\s*(MATCH|MERGE|UNWIND) \\(");

	/**
	 * The workflow features write and lock only through named queries (validated at
	 * startup) and the model kernel: no statement is assembled in their Java.
	 */
	@Test
	void workflowFeaturesHaveNoInlineCypher() throws IOException {
		List<String> found = new ArrayList<>();
		for (String feature : List.of("lead", "rectification", "inspection")) {
			try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/oversight", feature))) {
				for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
					List<String> lines = Files.readAllLines(file);
					for (int i = 0; i < lines.size(); i++) {
						if (INLINE_CYPHER.matcher(lines.get(i)).find()) {
							found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
						}
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

}
