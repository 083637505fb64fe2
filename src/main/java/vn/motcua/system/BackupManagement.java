package vn.motcua.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.Roles;
import vn.motcua.shared.VietnamTime;

/**
 * Online backups of the embedded default: the PostgreSQL data folder copied between {@code pg_backup_start} and
 * {@code pg_backup_stop} with the WAL that makes it consistent, then the file store (written before the rows that
 * name its files, so every file the restored database names is in the archive) and the database password, in one ZIP
 * under {@code motcua.backup-dir} (default {@code <data-dir>/backups}). The application keeps running. The audit key
 * is not in the archive: it is kept apart on purpose. {@link BackupRestore} restores an archive at start-up.
 */
@Service
public class BackupManagement {

	private static final Logger log = LoggerFactory.getLogger(BackupManagement.class);

	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(VietnamTime.ZONE);

	/** Contents of the data folder that PostgreSQL rebuilds or that must not be restored. */
	private static final Set<String> SKIPPED_CONTENT = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
			"pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

	private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
			"backup_label", "tablespace_map", "backup_label.old");

	private final ObjectProvider<EmbeddedPostgresServer> server;

	private final BackupLocations locations;

	private final Clock clock;

	BackupManagement(ObjectProvider<EmbeddedPostgresServer> server, BackupLocations locations, Clock clock) {
		this.server = server;
		this.locations = locations;
		this.clock = clock;
	}

	/** One archive. */
	public record Backup(String name, long size, Instant createdAt) {
	}

	/** Makes an archive now, while the application runs. */
	@PreAuthorize(Roles.SYSTEM_ADMIN_ONLY)
	public synchronized Backup create() {
		EmbeddedPostgresServer postgres = embedded();
		Instant now = clock.instant();
		String name = "motcua-backup-" + NAME.format(now) + ".zip";
		Path dir = locations.backups();
		Path part = dir.resolve(name + ".part");
		Path target = dir.resolve(name);
		try {
			Files.createDirectories(dir);
			try (OutputStream out = Files.newOutputStream(part); ZipOutputStream zip = new ZipOutputStream(out);
					Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(),
							postgres.password());
					Statement statement = connection.createStatement()) {
				statement.execute("select pg_backup_start('" + name + "', true)");
				Path pgData = postgres.dataDirectory();
				addTree(zip, pgData, "postgres/", true);
				String label;
				try (ResultSet stop = statement.executeQuery("select labelfile from pg_backup_stop(false)")) {
					stop.next();
					label = stop.getString(1);
				}
				addBytes(zip, "postgres/backup_label", label.getBytes(StandardCharsets.UTF_8));
				// the WAL from the backup's checkpoint to its end (kept by wal_keep_size), after pg_backup_stop
				addTree(zip, pgData.resolve("pg_wal"), "postgres/pg_wal/", false);
				Path files = locations.fileStore();
				if (Files.isDirectory(files)) {
					addTree(zip, files, "files/", false);
				}
				Path password = locations.databasePassword();
				if (Files.exists(password)) {
					addBytes(zip, "secrets/db-password", Files.readAllBytes(password));
				}
				addBytes(zip, BackupRestore.MANIFEST, ("created=" + now + "\n").getBytes(StandardCharsets.UTF_8));
			}
			Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
			EmbeddedPostgresServer.restrictToOwner(target);
			log.info("Backup written to {}", target);
			return new Backup(name, Files.size(target), now);
		}
		catch (IOException | SQLException ex) {
			try {
				Files.deleteIfExists(part);
			}
			catch (IOException ignored) {
				// the partial file is named .part and never listed
			}
			throw new IllegalStateException("Backup failed: " + ex.getMessage(), ex);
		}
	}

	/** The archives in the backup folder, newest first. */
	@PreAuthorize(Roles.SYSTEM_ADMIN_ONLY)
	public List<Backup> list() {
		Path dir = locations.backups();
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".zip")).map(f -> {
				try {
					return new Backup(f.getFileName().toString(), Files.size(f),
							Files.getLastModifiedTime(f).toInstant());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).sorted(Comparator.comparing(Backup::createdAt).reversed()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private EmbeddedPostgresServer embedded() {
		EmbeddedPostgresServer postgres = server.getIfAvailable();
		if (postgres == null) {
			throw new ConflictException("Sao lưu trong ứng dụng chỉ dành cho cơ sở dữ liệu nhúng; với máy chủ "
					+ "PostgreSQL riêng, hãy dùng pg_basebackup hoặc pg_dump của máy chủ đó.");
		}
		return postgres;
	}

	private static void addTree(ZipOutputStream zip, Path root, String prefix, boolean skipRebuilt) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path path : (Iterable<Path>) walk.sorted()::iterator) {
				Path relative = root.relativize(path);
				String name = relative.toString().replace('\\', '/');
				if (name.isEmpty()) {
					continue;
				}
				if (skipRebuilt && (SKIPPED_FILES.contains(name) || skippedContent(relative))) {
					continue;
				}
				if (Files.isDirectory(path)) {
					zip.putNextEntry(new ZipEntry(prefix + name + "/"));
					zip.closeEntry();
				}
				else {
					try (InputStream in = Files.newInputStream(path)) {
						zip.putNextEntry(new ZipEntry(prefix + name));
						in.transferTo(zip);
						zip.closeEntry();
					}
					catch (NoSuchFileException ex) {
						// dropped by PostgreSQL during the copy: the WAL replays whatever replaced it
					}
				}
			}
		}
	}

	/** The content (not the folder itself) of a folder PostgreSQL rebuilds. */
	private static boolean skippedContent(Path relative) {
		return relative.getNameCount() > 1 && SKIPPED_CONTENT.contains(relative.getName(0).toString())
				|| relative.getFileName().toString().startsWith("pgsql_tmp");
	}

	private static void addBytes(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(bytes);
		zip.closeEntry();
	}

}
