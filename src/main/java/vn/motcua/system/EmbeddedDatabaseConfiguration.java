package vn.motcua.system;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * A real PostgreSQL started inside the application when no {@code spring.datasource.url} is given, so that
 * {@code mvn spring-boot:run} works on a machine with nothing but Java and Maven. Its data lives under
 * {@code motcua.data-dir}/postgres and survives restarts and crashes (fsync and synchronous commit on); it is reached
 * with a generated password, and {@link EmbeddedDatabaseWatchdog} starts it again if it dies. With a URL, Spring
 * Boot's own data source is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgres(MotCuaProperties properties, Environment environment) throws IOException {
		String restore = environment.getProperty("motcua.restore");
		if (StringUtils.hasText(restore) && !properties.embeddedDb().ephemeral()) {
			Path dataDir = properties.dataDir().toAbsolutePath();
			BackupRestore.restore(Path.of(restore), dataDir,
					BackupLocations.fileStore(dataDir, environment.getProperty("motcua.file-store")));
		}
		return EmbeddedPostgresServer.start(properties.dataDir().toAbsolutePath(), properties.embeddedDb().ephemeral(),
				properties.embeddedDb().port());
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgresServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername(server.username());
		dataSource.setPassword(server.password());
		dataSource.setPoolName("motcua-embedded");
		dataSource.setMaximumPoolSize(10);
		// a request waits at most this long for a connection, then fails with 503 instead of hanging
		dataSource.setConnectionTimeout(DurabilitySettings.CONNECTION_TIMEOUT.toMillis());
		return dataSource;
	}

	@Bean
	EmbeddedDatabaseWatchdog embeddedDatabase(EmbeddedPostgresServer server) {
		return new EmbeddedDatabaseWatchdog(server);
	}

	static class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}
	}
}
