package vn.motcua.catalogue.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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

	ProcedureApiController(ProcedureManagement procedures) {
		this.procedures = procedures;
	}

	/** A status change. */
	record StatusChange(String status) {
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

	/** Publishes a draft or repeals a published procedure. */
	@PostMapping("/{code}/status")
	ProcedureVersion status(@PathVariable String code, @RequestBody StatusChange change) {
		return procedures.changeStatus(code, change.status());
	}

	/** Search by name (ignoring diacritics and case) or code, within the caller's agencies. */
	@GetMapping
	PageResult<ProcedureVersion> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return procedures.search(q, PageRequest.of(page, size));
	}
}
