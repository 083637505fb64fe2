package vn.motcua;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Repository;
import vn.motcua.shared.NoRoleRequired;
import vn.motcua.shared.VietnamTime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house rules of issue #16 as ArchUnit rules over the production classes (no Spring context): guarded
 * application services, repositories private to their module, the dossier module's narrow surface, roles only from
 * {@code Roles}, the time only from the {@code Clock}, the zone only from {@code VietnamTime}. Each rule is also run
 * against {@code archfixture.*} (test classes outside {@code vn.motcua} that break it once) to prove it can fail.
 */
class ArchitectureRulesTests {

	static final JavaClasses PRODUCTION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.motcua");

	static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("archfixture");

	/** Infrastructure that must read the machine's clock: before the context exists, or against file timestamps. */
	static final Set<String> MAY_READ_THE_SYSTEM_CLOCK = Set.of(
			"vn.motcua.system.BackupRestore", // restores a backup before the Spring context (and its Clock) exists
			"vn.motcua.system.EmbeddedDatabaseWatchdog", // when the database process was last restarted, for operators
			"vn.motcua.document.FileContents"); // compares with file-system modification times, which are real time

	/**
	 * The dossier types other modules may use: the read models of reports, control and the index, its event, and the
	 * management API with the types its methods take and answer (the exchange module receives and completes linked
	 * dossiers through it, the portal maps statuses and actions to national codes).
	 */
	static final Set<String> DOSSIER_PUBLISHED = Set.of("Channel", "DossierDashboard", "DossierIndex766",
			"DossierIndicators", "DossierStatistics", "DossierTransitioned", "DossierManagement", "DossierCommands",
			"Dossier", "DossierStatus", "DossierAction", "DossierEvent", "DossierComponent", "Applicant",
			"ProcedureRef", "ProcedureDirectory", "PostalHandoff");

	/**
	 * The listeners that react to another module's event inside the publisher's transaction (a plain
	 * {@code @EventListener}): they write the transactional outbox, which must commit or roll back with the change it
	 * reports (ADR 009, ADR 011). Every other reaction to another module is an {@code @ApplicationModuleListener}.
	 */
	static final Set<String> IN_THE_PUBLISHERS_TRANSACTION = Set.of("vn.motcua.portal.PortalSync",
			"vn.motcua.exchange.ExchangeOutgoing");

	static final Set<String> CLOCK_READERS = Set.of("java.time.LocalDate", "java.time.LocalDateTime",
			"java.time.LocalTime", "java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime",
			"java.time.Year", "java.time.YearMonth", "java.time.MonthDay", "java.time.OffsetTime");

	@Test
	void everyPublicManagementMethodIsGuardedOrDocumentedOpen() {
		managementMethodsGuarded().check(PRODUCTION);
		assertThat(managementMethodsGuarded().evaluate(FIXTURES).hasViolation()).isTrue();
	}

	@Test
	void noModuleReadsAnotherModulesRepository() {
		repositoriesStayInTheirModule("vn.motcua").check(PRODUCTION);
		assertThat(repositoriesStayInTheirModule("archfixture").evaluate(FIXTURES).hasViolation()).isTrue();
	}

	@Test
	void otherModulesUseOnlyThePublishedDossierTypes() {
		onlyPublishedTypes("vn.motcua", "dossier", DOSSIER_PUBLISHED).check(PRODUCTION);
		assertThat(onlyPublishedTypes("archfixture", "owner", Set.of("Things")).evaluate(FIXTURES).hasViolation())
			.isTrue();
	}

	@Test
	void reactionsToAnotherModuleAreModuleListenersUnlessTheyWriteTheOutbox() {
		crossModuleListenersAreModuleListeners("vn.motcua").check(PRODUCTION);
		assertThat(crossModuleListenersAreModuleListeners("archfixture").evaluate(FIXTURES).hasViolation()).isTrue();
	}

	@Test
	void theTimeIsReadOnlyThroughTheClock() {
		noNowWithoutClock().check(PRODUCTION);
		assertThat(noNowWithoutClock().evaluate(FIXTURES).hasViolation()).isTrue();
	}

	@Test
	void theZoneIsNamedOnlyInVietnamTime() {
		noZoneIdOf().check(PRODUCTION);
		assertThat(noZoneIdOf().evaluate(FIXTURES).hasViolation()).isTrue();
	}

	@Test
	void rolesComeOnlyFromTheRolesConstants() throws IOException {
		List<String> raw = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				if (file.endsWith(Path.of("vn/motcua/shared/Roles.java"))) {
					continue;
				}
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				for (int i = 0; i < lines.size(); i++) {
					if (rawRoleExpression(lines.get(i))) {
						raw.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
					}
				}
			}
		}
		assertThat(raw).as("role expressions written as strings outside Roles").isEmpty();
		assertThat(rawRoleExpression("	@PreAuthorize(\"hasAnyRole('RECEPTION_OFFICER','SYSTEM_ADMIN')\")")).isTrue();
		assertThat(rawRoleExpression("	static final String X = \"isAuthenticated() or hasRole('VIEWER')\";")).isTrue();
		assertThat(rawRoleExpression("		return actor.hasRole(\"SYSTEM_ADMIN\");")).isTrue();
		assertThat(rawRoleExpression("	@PreAuthorize(Roles.INTAKE)")).isFalse();
		assertThat(rawRoleExpression("		return actor.hasRole(Roles.SYSTEM_ADMIN);")).isFalse();
	}

	private static final Pattern ROLE_IN_A_STRING = Pattern
		.compile("\"[^\"]*\\b(hasRole|hasAnyRole|hasAuthority|hasAnyAuthority)\\s*\\(");

	private static final Pattern ROLE_NAMED_BY_A_STRING = Pattern.compile("\\bhas(Any)?Role\\(\\s*\"");

	static boolean rawRoleExpression(String line) {
		return ROLE_IN_A_STRING.matcher(line).find() || ROLE_NAMED_BY_A_STRING.matcher(line).find();
	}

	static ArchRule managementMethodsGuarded() {
		return methods().that()
			.areDeclaredInClassesThat()
			.haveSimpleNameEndingWith("Management")
			.and()
			.arePublic()
			.and()
			.doNotHaveModifier(JavaModifier.STATIC)
			.and()
			.doNotHaveModifier(JavaModifier.SYNTHETIC)
			.and()
			.doNotHaveModifier(JavaModifier.BRIDGE)
			.should(new ArchCondition<JavaMethod>("carry @PreAuthorize or @NoRoleRequired") {
				@Override
				public void check(JavaMethod method, ConditionEvents events) {
					boolean guarded = method.isAnnotatedWith(PreAuthorize.class)
							|| method.isAnnotatedWith(NoRoleRequired.class)
							|| method.getOwner().isAnnotatedWith(PreAuthorize.class);
					if (!guarded) {
						events.add(SimpleConditionEvent.violated(method,
								method.getFullName() + " has neither @PreAuthorize nor @NoRoleRequired"));
					}
				}
			});
	}

	/** Repositories: {@code @Repository} classes, Spring Data repositories, {@code *Repository} and {@code *Queries}. */
	static boolean isRepository(JavaClass type) {
		return type.isAnnotatedWith(Repository.class)
				|| type.isAssignableTo(org.springframework.data.repository.Repository.class)
				|| type.getSimpleName().endsWith("Repository") || type.getSimpleName().endsWith("Queries");
	}

	static ArchRule repositoriesStayInTheirModule(String root) {
		return classes().should(new ArchCondition<JavaClass>("use only the repositories of their own module") {
			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				String from = module(root, origin);
				if (from == null) {
					return;
				}
				for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass().getBaseComponentType();
					String to = module(root, target);
					if (to != null && !to.equals(from) && isRepository(target)) {
						events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
					}
				}
			}
		});
	}

	static ArchRule onlyPublishedTypes(String root, String module, Set<String> published) {
		return classes().should(new ArchCondition<JavaClass>("use only the published types of " + module) {
			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				String from = module(root, origin);
				if (from == null || from.equals(module)) {
					return;
				}
				for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass().getBaseComponentType();
					if (!target.getPackageName().equals(root + "." + module)) {
						continue;
					}
					String topLevel = target.getName().substring(target.getPackageName().length() + 1).split("\\$")[0];
					if (!published.contains(topLevel)) {
						events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
					}
				}
			}
		});
	}

	static ArchRule crossModuleListenersAreModuleListeners(String root) {
		return methods().that()
			.areAnnotatedWith(org.springframework.context.event.EventListener.class)
			.should(new ArchCondition<JavaMethod>("listen to their own module's events, or be a documented outbox writer") {
				@Override
				public void check(JavaMethod method, ConditionEvents events) {
					String from = module(root, method.getOwner());
					for (JavaClass parameter : method.getRawParameterTypes()) {
						String to = module(root, parameter);
						if (from != null && to != null && !to.equals(from)
								&& !IN_THE_PUBLISHERS_TRANSACTION.contains(method.getOwner().getName())) {
							events.add(SimpleConditionEvent.violated(method, method.getFullName() + " listens to "
									+ parameter.getName() + " with @EventListener, not @ApplicationModuleListener"));
						}
					}
				}
			});
	}

	static ArchRule noNowWithoutClock() {
		return noClasses().that(new DescribedPredicate<JavaClass>("are not infrastructure reading the system clock") {
			@Override
			public boolean test(JavaClass type) {
				return !MAY_READ_THE_SYSTEM_CLOCK.contains(type.getName().split("\\$")[0]);
			}
		}).should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("now() without a Clock, or currentTimeMillis()") {
			@Override
			public boolean test(JavaMethodCall call) {
				String owner = call.getTarget().getOwner().getName();
				String name = call.getTarget().getName();
				if (owner.equals("java.lang.System") && name.equals("currentTimeMillis")) {
					return true;
				}
				List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
				return name.equals("now") && CLOCK_READERS.contains(owner)
						&& !(parameters.size() == 1 && parameters.get(0).isEquivalentTo(Clock.class));
			}
		});
	}

	static ArchRule noZoneIdOf() {
		return noClasses().that()
			.doNotHaveFullyQualifiedName(VietnamTime.class.getName())
			.should()
			.callMethodWhere(new DescribedPredicate<JavaMethodCall>("ZoneId.of(…)") {
				@Override
				public boolean test(JavaMethodCall call) {
					return call.getTarget().getOwner().isEquivalentTo(ZoneId.class)
							&& call.getTarget().getName().equals("of");
				}
			});
	}

	/** The module of a type: the first package below {@code root}, or {@code null} outside it. */
	static String module(String root, JavaClass type) {
		String name = type.getPackageName();
		if (!name.startsWith(root + ".")) {
			return null;
		}
		String rest = name.substring(root.length() + 1);
		int dot = rest.indexOf('.');
		return dot < 0 ? rest : rest.substring(0, dot);
	}
}
