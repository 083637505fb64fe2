package vn.motcua;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The application on its own embedded PostgreSQL (fresh, in a temporary folder), with the Flyway migrations and the
 * demo data, and MockMvc. Every test class with this annotation shares one Spring context and one database, so
 * tests create their own records with unique codes instead of assuming an empty database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "motcua.embedded-db.ephemeral=true", "motcua.demo-data=true",
		"motcua.security.max-failed-logins=3", "motcua.demo-dossiers=40", "motcua.portal.mode=fake",
		// tests change dossiers with SQL too: inbox counts are not kept (DossierStatementsTests checks the keeping)
		"motcua.dossier.inbox-counts-ttl=0s", "motcua.dossier.report-cache-ttl=0s" })
@AutoConfigureMockMvc
@Import({ MockMvcSessions.class, StatementCounting.class })
public @interface MotCuaTest {
}
