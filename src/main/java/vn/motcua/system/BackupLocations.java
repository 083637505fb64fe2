package vn.motcua.system;

import java.nio.file.Path;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Where backups go and what they hold: {@code motcua.backup-dir}, the file store and the database password. */
@Component
class BackupLocations {

	private final Path dataDir;

	private final Environment environment;

	BackupLocations(MotCuaProperties properties, Environment environment) {
		this.dataDir = properties.dataDir().toAbsolutePath();
		this.environment = environment;
	}

	Path backups() {
		String dir = environment.getProperty("motcua.backup-dir");
		return StringUtils.hasText(dir) ? Path.of(dir).toAbsolutePath() : dataDir.resolve("backups");
	}

	Path fileStore() {
		return fileStore(dataDir, environment.getProperty("motcua.file-store"));
	}

	Path databasePassword() {
		return dataDir.resolve("secrets").resolve("db-password");
	}

	static Path fileStore(Path dataDir, String configured) {
		return StringUtils.hasText(configured) ? Path.of(configured).toAbsolutePath() : dataDir.resolve("files");
	}
}
