package vn.motcua.document.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.motcua.document.FileStore;
import vn.motcua.document.StoredFile;

/**
 * A stored file for a signed-in person ({@code /tep/{id}}): the pages link here, never to {@code /api/...}. The same
 * {@link FileStore} checks as the API apply: staff only, and 404 when the file belongs to an agency the caller cannot
 * see.
 */
@Controller
class FilePageController {

	private final FileStore files;

	FilePageController(FileStore files) {
		this.files = files;
	}

	@GetMapping("/tep/{id}")
	ResponseEntity<Resource> content(@PathVariable UUID id) {
		return attachment(files, id);
	}

	/** The content as an attachment with its original (Vietnamese) name; never rendered by the browser as a page. */
	static ResponseEntity<Resource> attachment(FileStore files, UUID id) {
		StoredFile file = files.get(id);
		InputStream content = files.open(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.size())
			.eTag("\"" + file.sha256() + "\"")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.body(new InputStreamResource(content));
	}
}
