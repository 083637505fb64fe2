package vn.motcua.catalogue.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.catalogue.PublicationDecision;
import vn.motcua.catalogue.PublicationDecisionManagement;
import vn.motcua.catalogue.PublicationDecisionManagement.DecisionCommand;

/** Publication decisions (quyết định công bố) over HTTP. */
@RestController
@RequestMapping("/api/v1/publication-decisions")
class PublicationDecisionApiController {

	private final PublicationDecisionManagement decisions;

	PublicationDecisionApiController(PublicationDecisionManagement decisions) {
		this.decisions = decisions;
	}

	/**
	 * Records a decision; every procedure code must be known and belong to the agency (else 422 with one error per
	 * item and nothing stored). NEW/AMENDED link the announced version to the decision and publish drafts; REPEALED
	 * repeals the procedure from {@code signedOn}. A number already recorded for the agency → 409.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	PublicationDecision create(@Valid @RequestBody DecisionCommand command) {
		return decisions.record(command);
	}

	/** Decisions of the caller's agencies (or of {@code agency} and the agencies under it), signed from–to. */
	@GetMapping
	List<PublicationDecision> list(@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return decisions.search(agency, from, to);
	}

	/** Records the day the decision's procedures (all, or {@code codes}) were made public on the national database. */
	@PostMapping("/{id}/disclosure")
	PublicationDecision disclose(@PathVariable UUID id,
			@Valid @RequestBody PublicationDecisionManagement.DisclosureCommand command) {
		return decisions.recordDisclosure(id, command);
	}

	/** One decision with its procedures. */
	@GetMapping("/{id}")
	PublicationDecision get(@PathVariable UUID id) {
		return decisions.get(id);
	}
}
