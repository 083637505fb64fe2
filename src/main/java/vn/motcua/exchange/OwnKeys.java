package vn.motcua.exchange;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * This deployment's own signing keys (Ed25519), created on first use and kept in
 * {@code motcua.exchange.key-file} (default {@code <data-dir>/secrets/exchange-ed25519.keys}), outside the database
 * and its backups. Rotation adds a newer key: messages are signed with the newest, and the page shows every public key
 * so peers can accept the new one before the old one is retired. An ephemeral test database gets keys in memory.
 */
@Component
class OwnKeys {

	/** One key pair and when it was made. */
	record OwnKey(PrivateKey privateKey, PublicKey publicKey, Instant createdAt) {

		String publicText() {
			return Ed25519.text(publicKey);
		}

		String fingerprint() {
			return Ed25519.fingerprint(publicKey);
		}
	}

	private final @Nullable Path file;

	private final Clock clock;

	private volatile @Nullable List<OwnKey> keys;

	OwnKeys(@Value("${motcua.exchange.key-file:}") String keyFile, @Value("${motcua.data-dir:./data}") Path dataDir,
			@Value("${motcua.embedded-db.ephemeral:false}") boolean ephemeral, Clock clock) {
		this.file = StringUtils.hasText(keyFile) ? Path.of(keyFile)
				: ephemeral ? null : dataDir.resolve("secrets").resolve("exchange-ed25519.keys");
		this.clock = clock;
	}

	/** Every own key, oldest first. */
	List<OwnKey> all() {
		List<OwnKey> loaded = keys;
		if (loaded == null) {
			synchronized (this) {
				loaded = keys;
				if (loaded == null) {
					loaded = file != null && Files.exists(file) ? read(file) : List.of();
					if (loaded.isEmpty()) {
						loaded = List.of(fresh());
						write(loaded);
					}
					keys = loaded;
				}
			}
		}
		return loaded;
	}

	/** The key that signs. */
	OwnKey newest() {
		List<OwnKey> all = all();
		return all.get(all.size() - 1);
	}

	/** Adds a newer key, which signs from now on; the older ones stay listed for peers until they drop them. */
	synchronized OwnKey rotate() {
		List<OwnKey> next = new ArrayList<>(all());
		OwnKey added = fresh();
		next.add(added);
		write(next);
		keys = List.copyOf(next);
		return added;
	}

	private OwnKey fresh() {
		KeyPair pair = Ed25519.generate();
		return new OwnKey(pair.getPrivate(), pair.getPublic(), clock.instant());
	}

	private static List<OwnKey> read(Path file) {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the exchange key file " + file, ex);
		}
		List<OwnKey> result = new ArrayList<>();
		for (int i = 1; properties.containsKey("key." + i + ".private"); i++) {
			PrivateKey privateKey = Ed25519.privateKey(properties.getProperty("key." + i + ".private"));
			PublicKey publicKey = Ed25519.publicKey(properties.getProperty("key." + i + ".public"));
			if (publicKey == null) {
				throw new IllegalStateException("The exchange key file " + file + " holds a bad public key " + i);
			}
			result.add(new OwnKey(privateKey, publicKey, Instant.parse(properties.getProperty("key." + i + ".created"))));
		}
		result.sort(Comparator.comparing(OwnKey::createdAt));
		return List.copyOf(result);
	}

	private void write(List<OwnKey> all) {
		if (file == null) {
			return;
		}
		Properties properties = new Properties();
		for (int i = 0; i < all.size(); i++) {
			OwnKey key = all.get(i);
			properties.setProperty("key." + (i + 1) + ".private",
					Base64.getEncoder().encodeToString(key.privateKey().getEncoded()));
			properties.setProperty("key." + (i + 1) + ".public", key.publicText());
			properties.setProperty("key." + (i + 1) + ".created", key.createdAt().toString());
		}
		try {
			Files.createDirectories(file.getParent());
			Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
			try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				properties.store(out, "Mot Cua exchange signing keys (Ed25519). Keep secret; not in backups of the database.");
			}
			try {
				Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the exchange key file " + file, ex);
		}
	}
}
