package vn.motcua.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.MotCuaApplication;
import vn.motcua.audit.AuditLog;
import vn.motcua.shared.SystemTask;
import vn.motcua.system.BackupManagement.Backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A data folder made by the previous release (trust authentication, fsync off, and the texts of V22 and V60 as
 * released before they were edited) opens with the new code with no manual step: the password is required from then
 * on, the edited migrations are reconciled and the data is kept. Then a backup is made while the application runs,
 * data is changed, and a restore brings back the data as it was at the backup.
 */
class UpgradeBackupRestoreTests {

	@TempDir
	Path dataDir;

	@TempDir
	Path oldMigrations;

	@Test
	void upgradesADataFolderOfThePreviousReleaseThenBacksUpAndRestoresIt() throws Exception {
		UUID oldAgency = createDataFolderAsThePreviousRelease();
		String[] args = { "--motcua.data-dir=" + dataDir, "--server.port=0", "--motcua.demo-data=false",
				"--motcua.security.admin-password=QuanTri2026", "--spring.main.banner-mode=off" };
		Path archive;
		try (ConfigurableApplicationContext app = SpringApplication.run(MotCuaApplication.class, args)) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			// upgraded: the data kept, the edited migrations reconciled, V80 applied, durable settings
			assertThat(jdbc.sql("select name from agency where id = ?").param(oldAgency).query(String.class).single())
				.isEqualTo("Sở Ngoại vụ bản trước");
			assertThat(jdbc.sql("select count(*) from information_schema.columns where column_name = 'public_listed'")
				.query(Long.class)
				.single()).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from pg_constraint where conname = 'control_plan_external_uk'")
				.query(Long.class)
				.single()).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from flyway_schema_history where version = '80' and success")
				.query(Long.class)
				.single()).isEqualTo(1);
			assertThat(DurabilitySettings.unsafe(jdbc)).isEmpty();
			// trust is gone: without the generated password nobody gets in
			EmbeddedPostgresServer server = app.getBean(EmbeddedPostgresServer.class);
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "")).isInstanceOf(SQLException.class);
			assertThat(Files.readString(dataDir.resolve("secrets/db-password")).trim()).isEqualTo(server.password());

			// a backup over the API while the application runs: system administrators only
			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			assertThat(post(port, "/api/v1/system/backups", "admin", "SaiMatKhau1").statusCode()).isEqualTo(401);
			HttpResponse<String> created = post(port, "/api/v1/system/backups", "admin", "QuanTri2026");
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			String name = created.body().replaceAll(".*\"name\"\\s*:\\s*\"([^\"]+)\".*", "$1");
			archive = dataDir.resolve("backups").resolve(name);
			assertThat(archive).exists();
			Files.createDirectories(dataDir.resolve("files"));
			Files.writeString(dataDir.resolve("files").resolve("after-backup.txt"), "sau sao lưu");

			// changes after the backup
			jdbc.sql("update agency set name = 'Đổi sau sao lưu' where id = ?").param(oldAgency).update();
			insertAgency(jdbc, "SAU-SAO-LUU");
			assertThat(SystemTask.call(() -> app.getBean(BackupManagement.class).list()))
				.extracting(Backup::name)
				.contains(name);
		}

		String[] restore = Stream.concat(Stream.of(args), Stream.of("--motcua.restore=" + archive))
			.toArray(String[]::new);
		try (ConfigurableApplicationContext app = SpringApplication.run(MotCuaApplication.class, restore)) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select name from agency where id = ?").param(oldAgency).query(String.class).single())
				.isEqualTo("Sở Ngoại vụ bản trước");
			assertThat(jdbc.sql("select count(*) from agency where code = 'SAU-SAO-LUU'").query(Long.class).single())
				.isZero();
			assertThat(dataDir.resolve("files").resolve("after-backup.txt")).doesNotExist();
			assertThat(jdbc.sql("select count(*) from app_user where username = 'admin'").query(Long.class).single())
				.isEqualTo(1);
			assertThat(SystemTask.call(() -> app.getBean(AuditLog.class).verify()).intact()).isTrue();
		}
		// the option left set does not restore a second time
		try (ConfigurableApplicationContext app = SpringApplication.run(MotCuaApplication.class, restore)) {
			assertThat(app.getBean(JdbcClient.class)
				.sql("select count(*) from agency where id = ?")
				.param(oldAgency)
				.query(Long.class)
				.single()).isEqualTo(1);
		}
	}

	/**
	 * As the previous release left it: zonky's defaults (trust, fsync off), the migrations up to V71 with V22 and V60
	 * as first released, and an agency.
	 */
	UUID createDataFolderAsThePreviousRelease() throws IOException {
		for (Path migration : Files.list(Path.of("src/main/resources/db/migration")).toList()) {
			String file = migration.getFileName().toString();
			Path old = Path.of("src/test/resources/db/old-migrations").resolve(file);
			Files.copy(Files.exists(old) ? old : migration, oldMigrations.resolve(file));
		}
		UUID agency = UUID.randomUUID();
		try (EmbeddedPostgres previous = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir.resolve("postgres"))
			.setCleanDataDirectory(false)
			.start()) {
			Flyway.configure()
				.dataSource(previous.getPostgresDatabase())
				.locations("filesystem:" + oldMigrations)
				.target("71")
				.load()
				.migrate();
			JdbcClient jdbc = JdbcClient.create(previous.getPostgresDatabase());
			jdbc.sql("insert into agency (id, code, name, identifier_code, level) values (?, 'BAN-TRUOC', 'Sở Ngoại vụ bản trước', '000.00.66.H36', 'PROVINCE')")
				.param(agency)
				.update();
		}
		return agency;
	}

	static void insertAgency(JdbcClient jdbc, String code) {
		jdbc.sql("insert into agency (id, code, name, identifier_code, level) values (?, ?, ?, '000.00.67.H36', 'PROVINCE')")
			.params(UUID.randomUUID(), code, code)
			.update();
	}

	static HttpResponse<String> post(int port, String path, String user, String password)
			throws IOException, InterruptedException {
		String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Basic " + auth)
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
	}
}
