package tw.gov.quality;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the module boundaries. Every top-level package under {@code tw.gov.quality} is a module; another module
 * may use only the public types of its base package (a sub-package is the module's internals), and no module may
 * depend on itself through others. The rest of the root package ({@link Folders}, {@link Checksums}) is the shared
 * kernel every module may use; it depends on no module. The application class is left out of the analysis: it is
 * the composition root (with its nested classes), whose {@code main} reads the command line ({@code cli}) before
 * starting Spring.
 */
class ModulesTests {

	static final ApplicationModules modules = ApplicationModules.of(QualityProgressApplication.class,
			JavaClass.Predicates.belongToAnyOf(QualityProgressApplication.class));

	@Test
	void modulesUseEachOtherOnlyThroughTheirPublicTypesAndHaveNoCycles() {
		modules.verify();
	}

	/** The modules and their dependencies as PlantUML diagrams and canvases, in {@code target/modules}. */
	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
