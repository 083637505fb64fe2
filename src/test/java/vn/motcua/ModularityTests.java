package vn.motcua;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModuleDependencies;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The module structure of STYLE.md §6 holds, and its documentation is written to target/spring-modulith-docs. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(MotCuaApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void everyModuleIsKnownAndVerified() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
			.containsExactlyInAnyOrder("audit", "calendar", "catalogue", "control", "document", "dossier", "feedback",
					"identity", "reporting", "shared", "survey", "system", "outbox", "exchange", "portal");
	}

	/**
	 * The start-up and demo-data initializers run in module dependency order (Spring Modulith's
	 * {@code ApplicationModuleInitializer}): accounts and agencies first, then the calendar and the catalogue, then
	 * dossiers, and procedure control after the dossiers it measures.
	 */
	@Test
	void initializersRunInModuleDependencyOrder() {
		assertDependsOn("calendar", "identity");
		assertDependsOn("catalogue", "identity");
		assertDependsOn("feedback", "identity", "calendar");
		assertDependsOn("dossier", "identity", "calendar", "catalogue");
		assertDependsOn("control", "identity", "catalogue", "dossier");
	}

	/** Spring Modulith orders initializers by these dependencies: a module's run after those it depends on. */
	private void assertDependsOn(String module, String... before) {
		ApplicationModuleDependencies dependencies = modules.getModuleByName(module)
			.orElseThrow()
			.getAllDependencies(modules);
		for (String other : before) {
			assertThat(dependencies.containsModuleNamed(other)).as("%s depends on %s", module, other).isTrue();
		}
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
	}
}
