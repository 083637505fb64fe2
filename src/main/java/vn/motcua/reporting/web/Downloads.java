package vn.motcua.reporting.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.motcua.reporting.ReportExports;

/** A report file as a download, the same for the pages (session) and the API (Basic or bearer token). */
final class Downloads {

	private Downloads() {
	}

	/** An attachment named as the export says, with the name encoded as RFC 6266/5987 asks. */
	static ResponseEntity<byte[]> attachment(ReportExports.Export file) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.body(file.bytes());
	}
}
