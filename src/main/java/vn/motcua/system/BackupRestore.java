package vn.motcua.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restores an archive made by {@link BackupManagement} before the embedded PostgreSQL starts
 * ({@code --motcua.restore=<archive>}): the current data folder, file store and password are moved aside to
 * {@code <data-dir>/before-restore-<time>/}, the archive is unpacked in their place, and PostgreSQL then replays the
 * WAL in the archive up to the end of the backup. An archive already restored into this data folder is not restored
 * again, so the option may stay set across restarts.
 */
final class BackupRestore {

	private static final Logger log = LoggerFactory.getLogger(BackupRestore.class);

	static final String MANIFEST = "motcua-backup.properties";

	private static final String MARKER = "restored-from";

	/** Folders PostgreSQL expects to exist even when empty. */
	private static final List<String> EMPTY_FOLDERS = List.of("pg_wal/archive_status", "pg_replslot", "pg_dynshmem",
			"pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans", "pg_logical/snapshots",
			"pg_logical/mappings", "pg_commit_ts", "pg_tblspc", "pg_twophase");

	private BackupRestore() {
	}

	/** Restores {@code archive} into {@code dataDir} unless it was restored there already; returns whether it did. */
	static boolean restore(Path archive, Path dataDir, Path fileStore) throws IOException {
		archive = archive.toAbsolutePath();
		if (!Files.isRegularFile(archive)) {
			throw new IOException("No backup archive at " + archive);
		}
		String identity = archive + " " + Files.size(archive) + " " + Files.getLastModifiedTime(archive);
		Path marker = dataDir.resolve(MARKER);
		if (Files.exists(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(identity)) {
			log.info("{} was restored already; starting on the restored data", archive);
			return false;
		}
		Path pgData = dataDir.resolve("postgres");
		Path password = dataDir.resolve("secrets").resolve("db-password");
		EmbeddedPostgresServer.stopOrphan(pgData);
		Path aside = dataDir.resolve("before-restore-" + Instant.now().toString().replace(':', '-'));
		moveAside(pgData, aside.resolve("postgres"));
		moveAside(fileStore, aside.resolve("files"));
		moveAside(password, aside.resolve("db-password"));
		// the audit chain's anchor names a head newer than the restored database (audit.AuditAnchor)
		moveAside(dataDir.resolve("secrets").resolve("audit.anchor"), aside.resolve("audit.anchor"));
		try (InputStream in = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				Path target = target(entry.getName(), pgData, fileStore, password);
				if (target == null) {
					continue;
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				}
				else {
					Files.createDirectories(target.getParent());
					Files.copy(zip, target);
				}
			}
		}
		for (String folder : EMPTY_FOLDERS) {
			Files.createDirectories(pgData.resolve(folder));
		}
		Files.setPosixFilePermissions(pgData, PosixFilePermissions.fromString("rwx------"));
		if (Files.exists(password)) {
			EmbeddedPostgresServer.restrictToOwner(password);
		}
		Files.writeString(marker, identity, StandardCharsets.UTF_8);
		log.warn("Restored {}; the data it replaced is in {}", archive, aside);
		return true;
	}

	/** Where an archive entry goes; {@code null} for the manifest and anything outside the three parts. */
	private static Path target(String name, Path pgData, Path fileStore, Path password) throws IOException {
		Path target;
		if (name.startsWith("postgres/")) {
			target = pgData.resolve(name.substring("postgres/".length())).normalize();
			return inside(target, pgData);
		}
		if (name.startsWith("files/")) {
			target = fileStore.resolve(name.substring("files/".length())).normalize();
			return inside(target, fileStore);
		}
		return name.equals("secrets/db-password") ? password : null;
	}

	private static Path inside(Path target, Path root) throws IOException {
		if (!target.startsWith(root)) {
			throw new IOException("Archive entry outside its folder: " + target);
		}
		return target;
	}

	private static void moveAside(Path from, Path to) throws IOException {
		if (Files.exists(from)) {
			Files.createDirectories(to.getParent());
			Files.move(from, to);
		}
	}
}
