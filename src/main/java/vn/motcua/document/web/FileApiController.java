package vn.motcua.document.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.document.FileStore;
import vn.motcua.document.StoredFile;

/** Uploads and downloads. The type is sniffed from the content; 415 outside the allow-list, 413 over the cap. */
@RestController
@RequestMapping("/api/v1/files")
class FileApiController {

	private final FileStore files;

	FileApiController(FileStore files) {
		this.files = files;
	}

	/** What an upload answers. */
	record Uploaded(UUID id, String sha256, String mediaType, long size, String name, int version) {
		static Uploaded of(StoredFile f) {
			return new Uploaded(f.id(), f.sha256(), f.mediaType(), f.size(), f.name(), f.version());
		}
	}

	/** Stores a file (multipart field {@code file}). */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Uploaded upload(@RequestPart("file") MultipartFile file) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return Uploaded.of(files.upload(in, file.getOriginalFilename()));
		}
	}

	/** Stores a new version of a file; the earlier version stays. */
	@PostMapping(path = "/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Uploaded replace(@PathVariable UUID id, @RequestPart("file") MultipartFile file) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return Uploaded.of(files.replace(id, in, file.getOriginalFilename()));
		}
	}

	/** Metadata. */
	@GetMapping("/{id}")
	StoredFile get(@PathVariable UUID id) {
		return files.get(id);
	}

	/** The content, as an attachment. */
	@GetMapping("/{id}/content")
	ResponseEntity<InputStreamResource> content(@PathVariable UUID id) {
		StoredFile file = files.get(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.size())
			.body(new InputStreamResource(files.open(id)));
	}
}
