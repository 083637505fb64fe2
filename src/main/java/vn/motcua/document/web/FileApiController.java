package vn.motcua.document.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.document.FileStore;
import vn.motcua.document.StoredFile;
import static vn.motcua.shared.VietnamTime.ZONE;

/** Stored files (tệp đính kèm) over HTTP: upload, new versions, metadata and download. */
@RestController
@RequestMapping("/api/v1/files")
class FileApiController {


	private final FileStore files;

	FileApiController(FileStore files) {
		this.files = files;
	}

	/**
	 * A stored file as clients see it.
	 * @param mediaType the type found from the content, not the one the client declared
	 * @param previousId the version this one replaces; {@code replacedBy} the version that replaces it
	 */
	record FileView(UUID id, String sha256, String mediaType, long size, String name, int version,
			@Nullable UUID previousId, @Nullable UUID replacedBy, @Nullable String agencyCode, String uploadedBy,
			OffsetDateTime createdAt, boolean generated) {
	}

	/**
	 * Uploads a file (multipart field {@code file}). The type is found from the content: PDF, JPEG, PNG, DOCX and
	 * XLSX are accepted, anything else is 415; over {@code motcua.files.max-size} (20 MB) is 413. The file belongs to
	 * the caller's agency, or to {@code agencyCode} when the caller can see that agency.
	 */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<FileView> upload(@RequestPart("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String agencyCode) throws IOException {
		try (InputStream content = file.getInputStream()) {
			return created(files.upload(content, file.getOriginalFilename(), agencyCode));
		}
	}

	/**
	 * Replaces a file by a new version (multipart field {@code file}); the earlier version stays readable. Only the
	 * latest version can be replaced (409 otherwise).
	 */
	@PostMapping(path = "/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<FileView> newVersion(@PathVariable UUID id, @RequestPart("file") MultipartFile file)
			throws IOException {
		try (InputStream content = file.getInputStream()) {
			return created(files.storeVersion(id, content, file.getOriginalFilename()));
		}
	}

	/** What is known about a file; 404 when it belongs to an agency the caller cannot see. */
	@GetMapping("/{id}")
	FileView get(@PathVariable UUID id) {
		return view(files.get(id));
	}

	/** Every version of the file, oldest first. */
	@GetMapping("/{id}/versions")
	List<FileView> versions(@PathVariable UUID id) {
		return files.versions(id).stream().map(this::view).toList();
	}

	/** The content, as an attachment with the original (Vietnamese) name encoded as RFC 5987 asks. */
	@GetMapping("/{id}/content")
	ResponseEntity<Resource> content(@PathVariable UUID id) {
		return FilePageController.attachment(files, id);
	}

	private ResponseEntity<FileView> created(StoredFile file) {
		return ResponseEntity.created(URI.create("/api/v1/files/" + file.id())).body(view(file));
	}

	private FileView view(StoredFile file) {
		return new FileView(file.id(), file.sha256(), file.mediaType(), file.size(), file.name(), file.version(),
				file.previousId(), file.replacedBy(), files.agencyCode(file), file.uploadedBy(),
				file.createdAt().atZone(ZONE).toOffsetDateTime(), file.generated());
	}
}
