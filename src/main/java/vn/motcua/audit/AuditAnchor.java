package vn.motcua.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The head of the audit chain (its last position and hash) written outside the database, so that removing the newest
 * rows, or truncating the table, is seen: the rows themselves carry no trace of what came after them. After every
 * chaining that commits, the head goes to {@code motcua.audit.anchor-file} (default
 * {@code <data-dir>/secrets/audit.anchor}, outside {@code postgres/}), written to a temporary file, fsynced and moved
 * into place atomically. An ephemeral test database keeps it in memory. Verification then requires the database to
 * still hold the anchored position with the anchored hash.
 * <p>
 * A restore from a backup moves the anchor aside (the restored database is older than it).
 */
@Component
class AuditAnchor {

	private static final Logger log = LoggerFactory.getLogger(AuditAnchor.class);

	/** A chain position and the hash of the row there. */
	record Head(long chainNo, String hash) {
	}

	private final @Nullable Path file;

	private volatile @Nullable Head head;

	private volatile boolean loaded;

	AuditAnchor(@Value("${motcua.audit.anchor-file:}") String anchorFile,
			@Value("${motcua.data-dir:./data}") Path dataDir,
			@Value("${motcua.embedded-db.ephemeral:false}") boolean ephemeral) {
		this.file = StringUtils.hasText(anchorFile) ? Path.of(anchorFile)
				: ephemeral ? null : dataDir.resolve("secrets").resolve("audit.anchor");
	}

	/** The anchored head, or {@code null} before the first chaining. */
	synchronized @Nullable Head head() {
		if (!loaded) {
			head = file != null && Files.exists(file) ? read(file) : null;
			loaded = true;
		}
		return head;
	}

	/** Moves the anchor to {@code next} unless it is already there or further. */
	synchronized void advance(Head next) {
		Head current = head();
		if (current != null && current.chainNo() >= next.chainNo()) {
			return;
		}
		if (file != null) {
			try {
				write(file, next);
			}
			catch (IOException ex) {
				// the chain itself is committed; the next chaining writes the anchor again
				log.error("Cannot write the audit anchor {}", file, ex);
				return;
			}
		}
		head = next;
	}

	static Head read(Path file) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the audit anchor " + file, ex);
		}
		return new Head(Long.parseLong(properties.getProperty("chain-no", "0").trim()),
				properties.getProperty("hash", "").trim());
	}

	/** Temporary file, fsync, atomic move, fsync of the folder: the file is either the old head or the new one. */
	static void write(Path file, Head head) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = folder.resolve(file.getFileName() + ".tmp");
		Properties properties = new Properties();
		properties.setProperty("chain-no", Long.toString(head.chainNo()));
		properties.setProperty("hash", head.hash());
		try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
			properties.store(writer, "Mot Cua audit chain head: the database must still hold this position and hash");
		}
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			// some file systems cannot fsync a folder
		}
	}
}
