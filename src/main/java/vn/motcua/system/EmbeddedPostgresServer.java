package vn.motcua.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL: durable (fsync, synchronous commit and full-page writes on) unless ephemeral, reached only
 * with a generated password kept in {@code <data-dir>/secrets/db-password} (never trust authentication), and
 * restartable on the same port and data folder when its postmaster dies.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	/** The marker on the first line of a pg_hba.conf written by this class. */
	static final String HBA_MARKER = "# motcua: password authentication only";

	static final String HBA = HBA_MARKER + "\n" + """
			# TYPE  DATABASE  USER  ADDRESS       METHOD
			local   all       all                 scram-sha-256
			host    all       all   127.0.0.1/32  scram-sha-256
			host    all       all   ::1/128       scram-sha-256
			""";

	private final Path dataDir;

	private final @Nullable Path passwordFile;

	private final boolean ephemeral;

	private final String password;

	private int port;

	private volatile @Nullable EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(Path dataDir, @Nullable Path passwordFile, boolean ephemeral, String password,
			int port) {
		this.dataDir = dataDir;
		this.passwordFile = passwordFile;
		this.ephemeral = ephemeral;
		this.password = password;
		this.port = port;
	}

	/**
	 * Starts PostgreSQL on {@code <dataDir>/postgres}, creating it on the first start.
	 * @param ephemeral a temporary, non-durable database deleted on close (tests only)
	 * @param port a fixed port, or 0 for any free one (kept across restarts)
	 */
	static EmbeddedPostgresServer start(Path dataDir, boolean ephemeral, int port) throws IOException {
		Path pgDir = ephemeral ? Files.createTempDirectory("motcua-pg") : dataDir.resolve("postgres").toAbsolutePath();
		Files.createDirectories(pgDir);
		Path passwordFile = ephemeral ? null : dataDir.resolve("secrets").resolve("db-password").toAbsolutePath();
		String password = passwordFile == null ? generatePassword() : readOrCreatePassword(passwordFile);
		EmbeddedPostgresServer server = new EmbeddedPostgresServer(pgDir, passwordFile, ephemeral, password, port);
		server.startPostmaster();
		return server;
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

	public String username() {
		return "postgres";
	}

	public String password() {
		return password;
	}

	public Path dataDirectory() {
		return dataDir;
	}

	public int port() {
		return port;
	}

	/** Whether the postmaster whose pid is in {@code postmaster.pid} is alive. */
	public boolean isRunning() {
		return postmasterPid(dataDir).flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
	}

	/** Starts the postmaster again on the same port and data folder after it died; PostgreSQL recovers from its WAL. */
	public synchronized void restart() throws IOException {
		if (isRunning()) {
			return;
		}
		log.warn("Embedded PostgreSQL on port {} is not running: starting it again on {}", port, dataDir);
		EmbeddedPostgres dead = postgres;
		postgres = null;
		if (dead != null) {
			dead.close();
		}
		startPostmaster();
	}

	private synchronized void startPostmaster() throws IOException {
		stopOrphan(dataDir);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(ephemeral)
			.setRegisterShutdownHook(false)
			.setConnectConfig("password", password)
			.setServerConfig("max_connections", "100")
			.setServerConfig("timezone", "UTC")
			.setServerConfig("listen_addresses", "localhost")
			.setServerConfig("password_encryption", "scram-sha-256");
		// zonky starts postgres with -F (fsync off) and synchronous_commit=off; a later -c wins over -F
		for (var setting : DurabilitySettings.serverSettings(!ephemeral).entrySet()) {
			builder.setServerConfig(setting.getKey(), setting.getValue());
		}
		if (port > 0) {
			builder.setPort(port);
		}
		// a new folder is made by initdb with password authentication and the password already set: it never trusts
		// anyone, not even between initdb and the first start (zonky passes these as initdb's --auth and --pwfile)
		Path pwfile = Files.exists(dataDir.resolve("PG_VERSION")) ? null : passwordFileForInitdb();
		if (pwfile != null) {
			builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", pwfile.toString());
		}
		EmbeddedPostgres started;
		try {
			started = builder.start();
		}
		finally {
			if (pwfile != null) {
				Files.deleteIfExists(pwfile);
			}
		}
		port = started.getPort();
		postgres = started;
		requirePassword();
		log.info("Embedded PostgreSQL on port {} with data in {}{}", port, dataDir,
				ephemeral ? " (ephemeral, not durable)" : "");
	}

	/** The password in a file only this user can read, outside the (still empty) data folder, for initdb. */
	private Path passwordFileForInitdb() throws IOException {
		Path file;
		try {
			file = Files.createTempFile("motcua-initdb-", ".pw", java.nio.file.attribute.PosixFilePermissions
				.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			file = Files.createTempFile("motcua-initdb-", ".pw");
		}
		Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
		return file;
	}

	/**
	 * A data folder made by an earlier release's initdb trusts every local connection;
	 * the superuser gets the generated password and pg_hba.conf is replaced so that only that password lets anyone
	 * in. A folder this release makes starts with password authentication already (see {@link #startPostmaster()});
	 * its pg_hba.conf is replaced by the same lines.
	 */
	private void requirePassword() throws IOException {
		Path hba = dataDir.resolve("pg_hba.conf");
		if (Files.exists(hba) && Files.readString(hba, StandardCharsets.UTF_8).startsWith(HBA_MARKER)) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), username(), password);
				Statement statement = connection.createStatement()) {
			statement.execute("alter role postgres password '" + password + "'");
			Files.writeString(hba, HBA, StandardCharsets.UTF_8);
			statement.execute("select pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IOException("Could not set the password of the embedded PostgreSQL", ex);
		}
		log.info("Embedded PostgreSQL now requires the password in {}", passwordFile);
	}

	@Override
	public synchronized void close() throws IOException {
		EmbeddedPostgres running = postgres;
		postgres = null;
		if (running != null) {
			running.close();
		}
		if (ephemeral) {
			try {
				FileSystemUtils.deleteRecursively(dataDir);
			}
			catch (UncheckedIOException | IOException ex) {
				log.warn("Could not delete {}: {}", dataDir, ex.getMessage());
			}
		}
	}

	static Optional<Long> postmasterPid(Path dataDir) {
		Path pidFile = dataDir.resolve("postmaster.pid");
		try {
			if (!Files.exists(pidFile)) {
				return Optional.empty();
			}
			String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
			return first.matches("\\d+") ? Optional.of(Long.parseLong(first)) : Optional.empty();
		}
		catch (IOException | UncheckedIOException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A PostgreSQL left running on this data folder by a process that was killed (kill -9, power loss of the JVM
	 * only) would keep the folder locked; it is stopped before the new start. Its clients are gone with the JVM.
	 */
	static void stopOrphan(Path dataDir) {
		postmasterPid(dataDir).flatMap(ProcessHandle::of)
			.filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
			.ifPresent(orphan -> {
				log.warn("Stopping a PostgreSQL (pid {}) left running on {} by an earlier run", orphan.pid(), dataDir);
				orphan.destroy();
				try {
					orphan.onExit().get(15, TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					orphan.destroyForcibly();
				}
			});
	}

	private static String readOrCreatePassword(Path file) throws IOException {
		if (Files.exists(file)) {
			String existing = Files.readString(file, StandardCharsets.UTF_8).trim();
			if (existing.matches("[A-Za-z0-9]{20,}")) {
				return existing;
			}
			throw new IOException(file + " does not hold a password made by Một Cửa (20 or more letters and digits)");
		}
		Files.createDirectories(file.getParent());
		String password = generatePassword();
		Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
		restrictToOwner(file);
		return password;
	}

	static void restrictToOwner(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException ex) {
			log.warn("Could not restrict {} to its owner: {}", file, ex.getMessage());
		}
	}

	private static String generatePassword() {
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 32; i++) {
			password.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return password.toString();
	}
}
