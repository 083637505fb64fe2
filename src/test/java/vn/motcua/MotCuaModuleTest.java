package vn.motcua;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * The properties of {@link MotCuaTest} for Spring Modulith module tests ({@code @ApplicationModuleTest}), which start
 * one module and the modules it depends on instead of the whole application: a fresh embedded PostgreSQL in a
 * temporary folder (the {@code system} module, added with {@code extraIncludes}) with the Flyway migrations and the
 * demo data of the modules started, and the fake national portal. Each module test class gets its own context and
 * database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = { "motcua.embedded-db.ephemeral=true", "motcua.demo-data=true",
		"motcua.security.max-failed-logins=3", "motcua.demo-dossiers=40", "motcua.portal.mode=fake",
		"motcua.dossier.inbox-counts-ttl=0s", "motcua.dossier.report-cache-ttl=0s" })
public @interface MotCuaModuleTest {
}
