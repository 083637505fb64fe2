package vn.motcua.dossier.web;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;

/** Digitisation of a dossier's papers (Decree 107/2021): later scans and reuse of the applicant's earlier papers. */
@RestController
@RequestMapping("/api/v1/dossiers/{code}")
class DigitisationApiController {

	private final DossierManagement management;

	private final DossierQueries queries;

	DigitisationApiController(DossierManagement management, DossierQueries queries) {
		this.management = management;
		this.queries = queries;
	}

	record DigitiseBody(@NotEmpty @Size(max = 50, message = "Tối đa {max} mục") List<UUID> fileIds) {
	}

	record ReuseBody(@NotBlank String fromDossier, @Nullable String fromComponent) {
	}

	/** Số hóa bổ sung: adds scans of one paper. */
	@PostMapping("/components/{component}/digitise")
	DossierView digitise(@PathVariable String code, @PathVariable String component,
			@Valid @RequestBody DigitiseBody body) {
		return queries.view(management.digitise(code, component, body.fileIds()));
	}

	record ResultBody(@jakarta.validation.constraints.NotNull UUID fileId, @Nullable String form) {
	}

	/**
	 * Digitises the result of a completed or returned dossier: {@code form} {@code ELECTRONIC} (issued as an
	 * electronically signed file) or {@code SCANNED} (a scanned paper result, the default).
	 */
	@PostMapping("/result/digitise")
	DossierView digitiseResult(@PathVariable String code, @Valid @RequestBody ResultBody body) {
		return queries.view(management.digitiseResult(code, body.fileId(), body.form()));
	}

	/** The applicant's digitised papers in earlier dossiers (by ID number). */
	@GetMapping("/reusable-papers")
	List<DossierManagement.ReusablePaper> reusable(@PathVariable String code) {
		return management.reusablePapers(code);
	}

	/** Reuses one of them for a paper of this dossier. */
	@PostMapping("/components/{component}/reuse")
	DossierView reuse(@PathVariable String code, @PathVariable String component, @Valid @RequestBody ReuseBody body) {
		return queries.view(management.reuse(code, component, body.fromDossier(), body.fromComponent()));
	}
}
