package vn.motcua.system;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets a database that applied an earlier text of one of the six migrations edited after their first commit (V2,
 * V20, V22, V30, V31, V60) upgrade with no manual step: before Flyway validates, the checksum recorded for exactly
 * those versions is replaced by the current one when it is one of the listed old checksums (computed with Flyway's
 * CRC32 from the texts in git history). V80 then adds what the current texts add. Any other mismatch still fails
 * Flyway's validation. Released migrations are frozen from now on ({@code ReleasedMigrationsTests}).
 * See docs/adr/007-frozen-migrations.md.
 */
@Component
class EditedMigrations implements FlywayMigrationStrategy {

	private static final Logger log = LoggerFactory.getLogger(EditedMigrations.class);

	/** Version → checksums of its earlier texts (git commit of each in the comment). */
	static final Map<String, Set<Integer>> OLD_CHECKSUMS = Map.of(
			"2", Set.of(1524762360), // 1544e24
			"20", Set.of(1163620060), // bee87a7
			"22", Set.of(-1745436203), // d3de743
			"30", Set.of(-1022683305, -584052819, -1949019414), // 35b15e9, 9508898, aa56cd9
			"31", Set.of(1451838106), // aa56cd9
			"60", Set.of(889648977)); // 3230f75

	@Override
	public void migrate(Flyway flyway) {
		repair(flyway);
		flyway.migrate();
	}

	/** Replaces the listed old checksums by the current ones; returns the versions it repaired. */
	static List<String> repair(Flyway flyway) {
		JdbcClient jdbc = JdbcClient.create(flyway.getConfiguration().getDataSource());
		String table = flyway.getConfiguration().getTable();
		boolean hasHistory = jdbc.sql("select to_regclass(?) is not null").param(table).query(Boolean.class).single();
		if (!hasHistory) {
			return List.of();
		}
		Map<String, Integer> current = new java.util.HashMap<>();
		for (var migration : flyway.info().all()) {
			if (migration.getVersion() != null && migration.getResolvedChecksum() != null
					&& OLD_CHECKSUMS.containsKey(migration.getVersion().getVersion())) {
				current.putIfAbsent(migration.getVersion().getVersion(), migration.getResolvedChecksum());
			}
		}
		List<String> repaired = new java.util.ArrayList<>();
		OLD_CHECKSUMS.forEach((version, old) -> {
			Integer now = current.get(version);
			if (now == null) {
				return;
			}
			int updated = jdbc.sql("update " + table + " set checksum = ? where version = ? and checksum = any(?)")
				.params(now, version, old.toArray(Integer[]::new))
				.update();
			if (updated > 0) {
				log.warn("Migration V{} was applied from an earlier text: its recorded checksum is now {}", version, now);
				repaired.add(version);
			}
		});
		return repaired;
	}
}
