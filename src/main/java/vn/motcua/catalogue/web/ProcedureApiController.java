package vn.motcua.catalogue.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.catalogue.CatalogueTransfer;
import vn.motcua.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.catalogue.ProcedureManagement;
import vn.motcua.catalogue.ProcedureManagement.ProcedureCommand;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.PageResult;

/** The procedure catalogue over HTTP. */
@RestController
@RequestMapping("/api/v1/procedures")
class ProcedureApiController {

	private final ProcedureManagement procedures;

	private final CatalogueTransfer transfer;

	ProcedureApiController(ProcedureManagement procedures, CatalogueTransfer transfer) {
		this.procedures = procedures;
		this.transfer = transfer;
	}

	/**
	 * Imports an XLSX (the template of docs/catalogue.md) or JSON file (the export's shape) in the multipart field
	 * {@code file}. Every row is checked; any problem → 422 listing all of them as {@code "Dòng 5, cột Phí"}, and
	 * nothing is stored. {@code agency} loads every row into that agency.
	 */
	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	CatalogueTransfer.ImportResult importFile(@RequestPart("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String agency) throws IOException {
		return transfer.importFile(file.getBytes(), agency);
	}

	/** The catalogue (every version) of the caller's agencies, or of {@code agency}, as XLSX or JSON. */
	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "json") String format,
			@RequestParam(required = false) @Nullable String agency) {
		return switch (format.toLowerCase(java.util.Locale.ROOT)) {
			case "json" -> file(transfer.exportJson(agency), "danh-muc-thu-tuc.json", MediaType.APPLICATION_JSON);
			case "xlsx" -> file(transfer.exportXlsx(agency), "danh-muc-thu-tuc.xlsx", XLSX);
			default -> throw new InvalidInputException("format", "Định dạng phải là xlsx hoặc json");
		};
	}

	/** The blank XLSX template with its "Hướng dẫn" sheet. */
	@GetMapping("/import-template")
	ResponseEntity<byte[]> template() {
		return file(transfer.template(), "mau-nhap-thu-tuc.xlsx", XLSX);
	}

	static ResponseEntity<byte[]> file(byte[] bytes, String name, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(type)
			.body(bytes);
	}

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** A status change; {@code from} is the day a repeal takes effect (today when absent). */
	record StatusChange(String status, @Nullable LocalDate from) {
	}

	/** Creates a procedure (version 1, published unless {@code status} is DRAFT). */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ProcedureVersion create(@Valid @RequestBody ProcedureCommand command) {
		return procedures.create(command);
	}

	/** A new version valid from a later date; earlier dossiers keep theirs. */
	@PutMapping("/{code}")
	ProcedureVersion update(@PathVariable String code, @Valid @RequestBody ProcedureCommand command) {
		return procedures.update(code, command);
	}

	/** The current version, or with {@code on} the version in force that day. */
	@GetMapping("/{code}")
	ProcedureVersion get(@PathVariable String code,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return procedures.visible(code, on);
	}

	/** Every version, oldest first. */
	@GetMapping("/{code}/versions")
	List<ProcedureVersion> versions(@PathVariable String code) {
		return procedures.history(code);
	}

	/** Every version, newest first, with the fields that changed from the version before (the history page's table). */
	@GetMapping("/{code}/changes")
	List<ProcedureManagement.VersionChanges> changes(@PathVariable String code) {
		return procedures.changes(code);
	}

	/** Publishes a draft or repeals a published procedure. */
	@PostMapping("/{code}/status")
	ProcedureVersion status(@PathVariable String code, @RequestBody StatusChange change) {
		return procedures.changeStatus(code, change.status(), change.from());
	}

	/** Search by name (ignoring diacritics and case) or code, within the caller's agencies. */
	@GetMapping
	PageResult<ProcedureVersion> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return procedures.search(q, PageRequest.of(page, size));
	}
}
