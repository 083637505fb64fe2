package vn.motcua.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.StringUtils;

/**
 * A real PostgreSQL started inside the application when no {@code spring.datasource.url} is given, so that
 * {@code mvn spring-boot:run} works on a machine with nothing but Java and Maven. Its data lives under
 * {@code motcua.data-dir}/postgres and survives restarts. With a URL, Spring Boot's own data source is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgres(MotCuaProperties properties) throws IOException {
		boolean ephemeral = properties.embeddedDb().ephemeral();
		Path dataDir = ephemeral ? Files.createTempDirectory("motcua-pg")
				: properties.dataDir().resolve("postgres").toAbsolutePath();
		Files.createDirectories(dataDir);
		stopOrphan(dataDir);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(ephemeral)
			.setRegisterShutdownHook(false)
			.setServerConfig("max_connections", "100")
			.setServerConfig("timezone", "UTC");
		if (properties.embeddedDb().port() > 0) {
			builder.setPort(properties.embeddedDb().port());
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDir);
		return new EmbeddedPostgresServer(postgres, ephemeral ? dataDir : null);
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgresServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.postgres().getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("motcua-embedded");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	/**
	 * A PostgreSQL left running on this data folder by a process that was killed (kill -9, power loss of the JVM
	 * only) would keep the folder locked; it is stopped before the new start. Its clients are gone with the JVM.
	 */
	static void stopOrphan(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
		if (!first.matches("\\d+")) {
			return;
		}
		ProcessHandle.of(Long.parseLong(first))
			.filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
			.ifPresent(orphan -> {
				log.warn("Stopping a PostgreSQL (pid {}) left running on {} by an earlier run", orphan.pid(), dataDir);
				orphan.destroy();
				try {
					orphan.onExit().get(15, java.util.concurrent.TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					orphan.destroyForcibly();
				}
			});
	}

	/** The running embedded server; closing it stops PostgreSQL and removes an ephemeral data folder. */
	record EmbeddedPostgresServer(EmbeddedPostgres postgres, Path ephemeralDir) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			postgres.close();
			if (ephemeralDir != null) {
				try {
					FileSystemUtils.deleteRecursively(ephemeralDir);
				}
				catch (UncheckedIOException | IOException ex) {
					log.warn("Could not delete {}: {}", ephemeralDir, ex.getMessage());
				}
			}
		}
	}

	static class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}
	}
}
