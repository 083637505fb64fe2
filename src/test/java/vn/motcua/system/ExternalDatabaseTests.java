package vn.motcua.system;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.datasource.url} the application uses that server and starts no PostgreSQL of its own. The
 * "external" server here is a separate PostgreSQL process started by the test, reached only through its URL. The
 * context is closed after the class, while that server still runs.
 */
@SpringBootTest(properties = { "motcua.demo-data=false", "motcua.durability.allow-unsafe=true" })
@DirtiesContext
class ExternalDatabaseTests {

	static final EmbeddedPostgres external = start();

	static EmbeddedPostgres start() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is exiting; the process is reaped with it
				}
			}));
			return postgres;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void datasource(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> external.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void usesTheGivenServerAndMigratesIt() {
		assertThat(context.getBeanNamesForType(EmbeddedPostgresServer.class)).isEmpty();
		Integer port = jdbc.sql("select inet_server_port()").query(Integer.class).single();
		assertThat(port).isEqualTo(external.getPort());
		assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
			.isGreaterThanOrEqualTo(3);
		assertThat(jdbc.sql("select count(*) from agency").query(Long.class).single()).isZero();
	}
}
