package vn.motcua.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Released migrations are frozen: every migration in {@code db/released-migrations.txt} still has the checksum it was
 * released with, so no existing database fails Flyway's validation on upgrade. A database that applied an earlier
 * text of one of the six migrations edited before this rule upgrades by itself ({@link EditedMigrations}).
 */
@MotCuaTest
class ReleasedMigrationsTests {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyReleasedMigrationKeepsItsChecksum() throws IOException {
		Map<String, MigrationInfo> resolved = new HashMap<>();
		for (MigrationInfo info : flyway.info().all()) {
			if (info.getVersion() != null) {
				resolved.put(info.getVersion().getVersion(), info);
			}
		}
		List<String[]> released = released();
		assertThat(released).hasSizeGreaterThanOrEqualTo(15);
		for (String[] line : released) {
			MigrationInfo info = resolved.get(line[0]);
			assertThat(info).as("released migration V%s is still there", line[0]).isNotNull();
			assertThat(info.getScript()).as("V%s keeps its file name", line[0]).isEqualTo(line[2]);
			assertThat(info.getResolvedChecksum())
				.as("V%s (%s) was edited after its release: add a new migration instead", line[0], line[2])
				.isEqualTo(Integer.parseInt(line[1]));
		}
	}

	@Test
	void aDatabaseThatAppliedAnEarlierTextOfAnEditedMigrationUpgradesWithoutAManualStep() {
		int current = checksum("2");
		try {
			// as recorded by a database migrated before V2 was edited (its text at commit 1544e24)
			setChecksum("2", 1524762360);
			assertThat(flyway.validateWithResult().validationSuccessful).isFalse();
			assertThat(EditedMigrations.repair(flyway)).containsExactly("2");
			assertThat(checksum("2")).isEqualTo(current);
			assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
		}
		finally {
			setChecksum("2", current);
		}
	}

	@Test
	void anyOtherChangedChecksumStillFailsValidation() {
		int current = checksum("30");
		try {
			setChecksum("30", 12345);
			assertThat(EditedMigrations.repair(flyway)).isEmpty();
			assertThat(flyway.validateWithResult().validationSuccessful).isFalse();
		}
		finally {
			setChecksum("30", current);
		}
	}

	int checksum(String version) {
		return jdbc.sql("select checksum from flyway_schema_history where version = ?")
			.param(version)
			.query(Integer.class)
			.single();
	}

	void setChecksum(String version, int checksum) {
		jdbc.sql("update flyway_schema_history set checksum = ? where version = ?").params(checksum, version).update();
	}

	static List<String[]> released() throws IOException {
		try (InputStream in = ReleasedMigrationsTests.class.getResourceAsStream("/db/released-migrations.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split("\\|"))
				.toList();
		}
	}
}
