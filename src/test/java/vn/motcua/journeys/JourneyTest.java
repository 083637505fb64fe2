package vn.motcua.journeys;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on a random port with its own embedded PostgreSQL and the demo data, for the browser journeys.
 * Every class with this annotation shares one context, so journeys create their own records.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "motcua.embedded-db.ephemeral=true",
		"motcua.demo-data=true", "motcua.demo-dossiers=40", "motcua.portal.mode=fake" })
public @interface JourneyTest {
}
