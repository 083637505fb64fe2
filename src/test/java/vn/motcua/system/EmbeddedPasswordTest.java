package vn.motcua.system;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A brand-new embedded data folder never trusts anyone: initdb itself sets scram-sha-256 and the generated password,
 * so there is no moment between initdb and setting the password when a local process could connect without it.
 */
class EmbeddedPasswordTest {

	@Test
	void aFreshDataFolderNeverAcceptsAConnectionWithoutThePassword(@TempDir Path dataDir) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		String url = "jdbc:postgresql://localhost:" + port + "/postgres";
		AtomicBoolean starting = new AtomicBoolean(true);
		AtomicInteger tries = new AtomicInteger();
		AtomicInteger withoutPassword = new AtomicInteger();
		// a local process knocking without a password (and with a wrong one) all through the first start
		Thread knocker = new Thread(() -> {
			while (starting.get()) {
				for (String password : new String[] { null, "postgres", "" }) {
					Properties properties = new Properties();
					properties.setProperty("user", "postgres");
					if (password != null) {
						properties.setProperty("password", password);
					}
					properties.setProperty("connectTimeout", "1");
					try (Connection ignored = DriverManager.getConnection(url, properties)) {
						withoutPassword.incrementAndGet();
					}
					catch (SQLException ex) {
						// refused: as it must be
					}
					tries.incrementAndGet();
				}
			}
		});
		knocker.start();
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, false, port)) {
			starting.set(false);
			knocker.join();
			assertThat(tries.get()).isGreaterThan(3);
			assertThat(withoutPassword.get()).as("connections without the password during the first start").isZero();
			String hba = Files.readString(server.dataDirectory().resolve("pg_hba.conf"), StandardCharsets.UTF_8);
			assertThat(hba).doesNotContain("trust");
			assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
				.isInstanceOf(SQLException.class);
			try (Connection connection = DriverManager.getConnection(url, "postgres", server.password())) {
				assertThat(connection.isValid(2)).isTrue();
			}
			// no copy of the password is left behind by the initdb step
			try (var temporary = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
				assertThat(temporary.map(Path::getFileName).map(Path::toString))
					.noneMatch(name -> name.startsWith("motcua-initdb-"));
			}
		}
		finally {
			starting.set(false);
			knocker.join();
		}
	}
}
