package vn.motcua.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The secret that keys the audit chain (HMAC-SHA256), kept outside the database so that a database superuser who
 * rewrites rows cannot recompute their hashes unseen. It lives in {@code motcua.audit.key-file} (default
 * {@code <data-dir>/secrets/audit.key}, outside {@code postgres/} and outside backups), created on first use with the
 * first chain position it keys: rows chained before (by a release that had no key) keep their SHA-256 hashes, and
 * since that boundary is in the file too, nobody can move it from inside the database. An ephemeral test database gets
 * a key in memory.
 * <p>
 * The secret may instead come from the environment: {@code MOTCUA_AUDIT_KEY} (property {@code motcua.audit.key}), at
 * least 32 bytes in Base64, e.g. from a secret store. The file then records only the boundary ({@code keyed-from}),
 * never the secret.
 */
@Component
class AuditKey {

	/** The key and the first chain position it keys. */
	record Key(byte[] secret, long keyedFrom) {

		/** The HMAC key for the row at this chain position, or {@code null} for a row chained before the key. */
		byte @Nullable [] forRow(long chainNo) {
			return chainNo >= keyedFrom ? secret : null;
		}
	}

	/** The fewest bytes a key given in the environment may have. */
	static final int MIN_KEY_BYTES = 32;

	private final @Nullable Path file;

	private final byte @Nullable [] given;

	private final JdbcClient jdbc;

	private volatile @Nullable Key key;

	AuditKey(@Value("${motcua.audit.key-file:}") String keyFile, @Value("${motcua.audit.key:}") String givenKey,
			@Value("${motcua.data-dir:./data}") Path dataDir,
			@Value("${motcua.embedded-db.ephemeral:false}") boolean ephemeral, JdbcClient jdbc) {
		this.file = StringUtils.hasText(keyFile) ? Path.of(keyFile)
				: ephemeral ? null : dataDir.resolve("secrets").resolve("audit.key");
		this.given = StringUtils.hasText(givenKey) ? decode(givenKey) : null;
		this.jdbc = jdbc;
	}

	/** The key given in {@code MOTCUA_AUDIT_KEY}: Base64 of at least {@value #MIN_KEY_BYTES} bytes. */
	static byte[] decode(String text) {
		byte[] secret;
		try {
			secret = Base64.getDecoder().decode(text.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("MOTCUA_AUDIT_KEY (motcua.audit.key) must be Base64, e.g. the output of "
					+ "'openssl rand -base64 32'");
		}
		if (secret.length < MIN_KEY_BYTES) {
			throw new IllegalStateException("MOTCUA_AUDIT_KEY (motcua.audit.key) must hold at least " + MIN_KEY_BYTES
					+ " bytes (got " + secret.length + ")");
		}
		return secret;
	}

	/** The key; created on first use (call with the chain lock held, so the boundary is the next position). */
	Key current() {
		Key loaded = key;
		if (loaded == null) {
			synchronized (this) {
				loaded = key;
				if (loaded == null) {
					loaded = file != null && Files.exists(file) ? read(file, given) : create();
					key = loaded;
				}
			}
		}
		return loaded;
	}

	private Key create() {
		byte[] secret = given;
		if (secret == null) {
			secret = new byte[32];
			new SecureRandom().nextBytes(secret);
		}
		long keyedFrom = jdbc.sql("select coalesce(max(chain_no), 0) + 1 from audit_entry").query(Long.class).single();
		Key created = new Key(secret, keyedFrom);
		if (file != null) {
			write(file, created, given == null);
		}
		return created;
	}

	private static Key read(Path file, byte @Nullable [] given) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the audit key " + file, ex);
		}
		long keyedFrom = Long.parseLong(properties.getProperty("keyed-from", "1").trim());
		if (given != null) {
			return new Key(given, keyedFrom);
		}
		String stored = properties.getProperty("key");
		if (stored == null) {
			throw new IllegalStateException("The audit key file " + file + " holds no key: set MOTCUA_AUDIT_KEY");
		}
		return new Key(Base64.getDecoder().decode(stored.trim()), keyedFrom);
	}

	private static void write(Path file, Key key, boolean withSecret) {
		Properties properties = new Properties();
		if (withSecret) {
			properties.setProperty("key", Base64.getEncoder().encodeToString(key.secret()));
		}
		properties.setProperty("keyed-from", Long.toString(key.keyedFrom()));
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				properties.store(writer, "Mot Cua audit chain key: keep a copy apart from the database and its backups");
			}
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: protect the folder by other means
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the audit key " + file, ex);
		}
	}
}
