package vn.motcua.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.MotCuaApplication;
import vn.motcua.audit.AuditLog;
import vn.motcua.audit.AuditVerification;
import vn.motcua.shared.SystemTask;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault test of issue #12. Clients of the desk take in dossiers while, first, the application (a child JVM) is
 * killed with SIGKILL and, second, after it was started again on the same data folder with no manual step, its
 * PostgreSQL is killed with {@code kill -9}. Every dossier acknowledged with 201 is still there, no code was given
 * twice, no client was told 401 or 500, intake carries on by itself, and the audit chain verifies.
 */
class CrashRecoveryTests {

	static final String PROCEDURE = "2.002352";

	@TempDir
	Path dataDir;

	@Test
	void acknowledgedDossiersSurviveKillingTheApplicationAndThenItsPostgresql() throws Exception {
		int port = freePort();
		List<String> args = List.of("--motcua.data-dir=" + dataDir, "--server.port=" + port,
				"--motcua.demo-data=true", "--motcua.demo-dossiers=0", "--spring.main.banner-mode=off");
		List<String> acknowledged = new ArrayList<>();

		// 1. the application as its own JVM, killed with SIGKILL in the middle of the intake
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), MotCuaApplication.class.getName()));
		command.addAll(args);
		Process app = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(Path.of("target", "crash-recovery-first-run.log").toFile())
			.start();
		try {
			awaitUp(port, app, Duration.ofSeconds(420));
			IntakeClients clients = new IntakeClients(port, 6, PROCEDURE);
			assertThat(clients.awaitAcknowledged(40, Duration.ofSeconds(90))).as(clients.outcomes.toString()).isTrue();
			app.destroyForcibly().waitFor();
			clients.close();
			acknowledged.addAll(clients.acknowledged);
			assertThat(clients.count("401")).isZero();
			assertThat(clients.count("500")).isZero();
		}
		finally {
			app.destroyForcibly();
		}

		// 2. started again on the same data, as an operator's restart would: its PostgreSQL orphan is stopped first
		try (ConfigurableApplicationContext context = SpringApplication.run(MotCuaApplication.class,
				args.toArray(String[]::new))) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			assertAllStored(jdbc, acknowledged);

			// 3. PostgreSQL killed with kill -9 in the middle of the intake; the watchdog starts it again
			IntakeClients clients = new IntakeClients(port, 6, PROCEDURE);
			try {
				assertThat(clients.awaitAcknowledged(20, Duration.ofSeconds(60))).as(clients.outcomes.toString()).isTrue();
				long pid = EmbeddedPostgresServer.postmasterPid(dataDir.resolve("postgres")).orElseThrow();
				ProcessHandle.of(pid).orElseThrow().destroyForcibly();
				int atKill = clients.acknowledgedSoFar();
				assertThat(clients.awaitAcknowledged(atKill + 30, Duration.ofSeconds(60)))
					.as("intake carries on once PostgreSQL is back, with no manual step: " + clients.outcomes)
					.isTrue();
			}
			finally {
				clients.close();
			}
			acknowledged.addAll(clients.acknowledged);
			assertThat(clients.count("401")).as("a database outage is never a wrong password").isZero();
			assertThat(clients.count("500")).isZero();
			assertThat(clients.count("503") + clients.count("IO")).as("the outage was seen by the clients").isPositive();

			assertAllStored(jdbc, acknowledged);
			assertThat(jdbc.sql("select count(distinct entity_key) from audit_entry where entity_type = 'Dossier' and entity_key = any(?)")
				.param(acknowledged.toArray(String[]::new))
				.query(Long.class)
				.single()).as("every acknowledged dossier has its audit row").isEqualTo(acknowledged.size());
			AuditVerification verification = SystemTask.call(() -> context.getBean(AuditLog.class).verify());
			assertThat(verification.intact()).as(String.valueOf(verification.reason())).isTrue();
		}
	}

	static void assertAllStored(JdbcClient jdbc, List<String> acknowledged) {
		assertThat(new HashSet<>(acknowledged)).as("no code was given twice").hasSameSizeAs(acknowledged);
		assertThat(jdbc.sql("select count(*) from dossier where code = any(?)")
			.param(acknowledged.toArray(String[]::new))
			.query(Long.class)
			.single()).as("every dossier answered with 201 is stored").isEqualTo(acknowledged.size());
	}

	static void awaitUp(int port, Process app, Duration timeout) throws InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		long end = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < end) {
			assertThat(app.isAlive()).as("the application exited while starting").isTrue();
			try {
				HttpResponse<Void> response = http.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new AssertionError("the application did not start within " + timeout);
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
