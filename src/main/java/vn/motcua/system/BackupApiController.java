package vn.motcua.system;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.system.BackupManagement.Backup;

/** Online backups of the embedded database and file store (system administrators). */
@RestController
@RequestMapping("/api/v1/system/backups")
class BackupApiController {

	private final BackupManagement backups;

	BackupApiController(BackupManagement backups) {
		this.backups = backups;
	}

	/** Makes a backup now, while the application runs; restore with {@code --motcua.restore=<file>} (README). */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Backup create() {
		return backups.create();
	}

	/** The backups in {@code motcua.backup-dir}, newest first. */
	@GetMapping
	List<Backup> list() {
		return backups.list();
	}
}
