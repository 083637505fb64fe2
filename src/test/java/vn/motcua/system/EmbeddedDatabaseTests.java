package vn.motcua.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.MotCuaApplication;
import vn.motcua.MotCuaTest;
import vn.motcua.identity.AgencyManagement;
import vn.motcua.identity.AgencyManagement.AgencyCommand;
import vn.motcua.shared.SystemTask;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a datasource URL the application runs on its own PostgreSQL, migrated by Flyway, with demo data. */
@MotCuaTest
class EmbeddedDatabaseTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void startsOnARealPostgresqlMigratedByFlyway() {
		String version = jdbc.sql("select version()").query(String.class).single();
		assertThat(version).startsWith("PostgreSQL");
		List<String> migrations = jdbc.sql("select version from flyway_schema_history where success order by installed_rank")
			.query(String.class)
			.list();
		assertThat(migrations).contains("1", "2", "3");
		assertThat(jdbc.sql("select f_unaccent(lower('Đăng ký Hộ chiếu'))").query(String.class).single())
			.isEqualTo("dang ky ho chieu");
	}

	@Test
	void demoDataHasTheDemoAgencyAndAnAccountForEveryRole() {
		assertThat(jdbc.sql("select name from agency where code = 'SNV-HT'").query(String.class).single())
			.isEqualTo("Sở Ngoại vụ tỉnh Hà Tĩnh");
		List<String> roles = jdbc.sql("select distinct role from user_role order by role").query(String.class).list();
		assertThat(roles).containsExactlyInAnyOrder("SYSTEM_ADMIN", "AGENCY_ADMIN", "RECEPTION_OFFICER",
				"PROCESSING_OFFICER", "DEPARTMENT_HEAD", "AGENCY_HEAD", "CONTROL_OFFICER", "VIEWER");
	}

	@Test
	void dataSurvivesARestartAndTheFirstAdministratorComesFromTheEnvironment(@TempDir Path dataDir) {
		String[] args = { "--motcua.data-dir=" + dataDir, "--server.port=0", "--motcua.demo-data=false",
				"--motcua.security.admin-password=QuanTri2026" };
		try (ConfigurableApplicationContext first = SpringApplication.run(MotCuaApplication.class, args)) {
			SystemTask.run(() -> first.getBean(AgencyManagement.class)
				.create(new AgencyCommand("BEN-VUNG", "Sở Ngoại vụ bền vững", null, "000.00.77.H36", "PROVINCE", null,
						null, null, null, true)));
		}
		assertThat(Files.exists(dataDir.resolve("postgres").resolve("PG_VERSION"))).isTrue();
		try (ConfigurableApplicationContext second = SpringApplication.run(MotCuaApplication.class, args)) {
			JdbcClient client = second.getBean(JdbcClient.class);
			assertThat(client.sql("select name from agency where code = 'BEN-VUNG'").query(String.class).single())
				.isEqualTo("Sở Ngoại vụ bền vững");
			assertThat(client.sql("select count(*) from audit_entry where entity_key = 'BEN-VUNG'")
				.query(Long.class)
				.single()).isEqualTo(1);
			// the first administrator came from MOTCUA_ADMIN_PASSWORD on the first start, once
			assertThat(client.sql("select r.role from app_user u join user_role r on r.user_id = u.id where u.username = 'admin'")
				.query(String.class)
				.list()).containsExactly("SYSTEM_ADMIN");
			assertThat(client.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(1);
		}
	}
}
