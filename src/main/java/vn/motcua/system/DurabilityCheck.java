package vn.motcua.system;

import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start on a PostgreSQL that may lose acknowledged writes ({@code fsync}, {@code synchronous_commit} or
 * {@code full_page_writes} off): a dossier that answered 201 could vanish and its code be given to someone else.
 * Allowed only for the ephemeral test database, or with {@code motcua.durability.allow-unsafe=true} outside the
 * {@code prod} profile (which never allows it).
 */
@Component
class DurabilityCheck implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(DurabilityCheck.class);

	private final DataSource dataSource;

	private final MotCuaProperties properties;

	private final Environment environment;

	DurabilityCheck(DataSource dataSource, MotCuaProperties properties, Environment environment) {
		this.dataSource = dataSource;
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() {
		List<String> unsafe = DurabilitySettings.unsafe(JdbcClient.create(dataSource));
		if (unsafe.isEmpty()) {
			return;
		}
		boolean production = Arrays.asList(environment.getActiveProfiles()).contains("prod");
		boolean allowed = !production && (properties.embeddedDb().ephemeral()
				|| environment.getProperty("motcua.durability.allow-unsafe", Boolean.class, false));
		String message = "PostgreSQL runs with " + String.join(", ", unsafe)
				+ ": a crash or power cut would lose acknowledged writes (dossiers, their codes, the audit log). "
				+ "Set fsync=on, synchronous_commit=on and full_page_writes=on on the server.";
		if (!allowed) {
			throw new IllegalStateException(message
					+ " (motcua.durability.allow-unsafe=true allows it outside the prod profile, for tests only)");
		}
		log.warn("{} Allowed for this non-production start.", message);
	}
}
