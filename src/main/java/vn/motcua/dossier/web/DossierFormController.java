package vn.motcua.dossier.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.DossierForms;
import vn.motcua.shared.InvalidInputException;

/** The legal forms as files, for the API and for the print buttons of the pages. */
@RestController
class DossierFormController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final DossierForms forms;

	DossierFormController(DossierForms forms) {
		this.forms = forms;
	}

	/** Mẫu 01–05 of a dossier as PDF (A5). */
	@GetMapping({ "/api/v1/dossiers/{code}/slips/{form}", "/ho-so/{code}/mau/{form}" })
	ResponseEntity<byte[]> slip(@PathVariable String code, @PathVariable String form) {
		return file(forms.slip(code, form), form.toUpperCase() + "-" + code + ".pdf", MediaType.APPLICATION_PDF, true);
	}

	/** Mẫu 06, the register of dossiers received in a date range, as PDF (A4) or XLSX. */
	@GetMapping({ "/api/v1/dossiers/register", "/ho-so/so-theo-doi" })
	ResponseEntity<byte[]> register(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable String format) {
		String f = format == null ? "pdf" : format.toLowerCase();
		return switch (f) {
			case "pdf" -> file(forms.registerPdf(from, to), "So-theo-doi-" + from + "-" + to + ".pdf",
					MediaType.APPLICATION_PDF, true);
			case "xlsx" -> file(forms.registerXlsx(from, to), "So-theo-doi-" + from + "-" + to + ".xlsx", XLSX, false);
			default -> throw new InvalidInputException("format", "Định dạng phải là pdf hoặc xlsx");
		};
	}

	private static ResponseEntity<byte[]> file(byte[] bytes, String name, MediaType type, boolean inline) {
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(name, StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.contentType(type)
			.body(bytes);
	}
}
