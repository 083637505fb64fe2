package vn.motcua.dossier.web;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.motcua.dossier.DossierManagement.DossierFile;

/** Sends a dossier's file to the browser: shown in place (PDF, images) or downloaded, under its own name. */
final class DossierFiles {

	private DossierFiles() {
	}

	static ResponseEntity<Resource> send(DossierFile file, boolean inline) {
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(file.name(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.size())
			.body(new InputStreamResource(file.content().get()));
	}
}
