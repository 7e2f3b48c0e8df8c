package org.oversight;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

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

}
