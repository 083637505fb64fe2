package vn.motcua.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The PostgreSQL settings on which an acknowledged write survives a crash of PostgreSQL, of the machine or a power
 * cut: {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on. The embedded server is started with
 * them (except an ephemeral test database); {@link DurabilityCheck} refuses to start on a server without them.
 */
final class DurabilitySettings {

	/** How long a request waits for a database connection before it fails with 503. */
	static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);

	private DurabilitySettings() {
	}

	/** Server settings for the embedded PostgreSQL. */
	static Map<String, String> serverSettings(boolean durable) {
		if (!durable) {
			return Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off");
		}
		// wal_keep_size keeps the WAL an online backup (pg_backup_start … pg_backup_stop) needs in pg_wal
		return Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on", "wal_keep_size", "256MB");
	}

	/** The settings of the connected server that lose acknowledged writes on a crash, as {@code name=value}. */
	static List<String> unsafe(JdbcClient jdbc) {
		List<String> unsafe = new ArrayList<>();
		jdbc.sql("select name, setting from pg_settings where name in ('fsync', 'synchronous_commit', 'full_page_writes')")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach(setting -> {
				if ("off".equals(setting.getValue())) {
					unsafe.add(setting.getKey() + "=off");
				}
			});
		return unsafe;
	}
}
