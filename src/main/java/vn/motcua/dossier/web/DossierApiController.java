package vn.motcua.dossier.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
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
import vn.motcua.dossier.DossierCommands.ActionCommand;
import vn.motcua.dossier.DossierCommands.History;
import vn.motcua.dossier.DossierCommands.IntakeCommand;
import vn.motcua.dossier.DossierCommands.PaymentCommand;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.dossier.DossierManagement.ImportResult;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierQueries.Filter;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers.Payment;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.PageResult;
import vn.motcua.shared.FirstResult;

/** Dossiers (hồ sơ) over HTTP: intake, actions, lists, payments and history import. */
@RestController
@RequestMapping("/api/v1/dossiers")
class DossierApiController {

	private final DossierManagement management;

	private final DossierQueries queries;

	DossierApiController(DossierManagement management, DossierQueries queries) {
		this.management = management;
		this.queries = queries;
	}

	/** The body of an import. */
	record ImportRequest(@NotEmpty @Size(max = 1000, message = "Tối đa {max} mục") List<@Valid History> dossiers) {
	}

	/** One imported history's dossier. */
	record Imported(String externalId, String code, String status, @Nullable OffsetDateTime appointmentAt,
			@Nullable String timeliness) {
	}

	/** The answer to an import. */
	record ImportResponse(int imported, List<Imported> dossiers) {
	}

	/** Receives a dossier at the desk, by post or from an online portal (Mẫu 01; or Mẫu 02/03 by outcome). */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	DossierView intake(@Valid @RequestBody IntakeCommand command) {
		return queries.view(FirstResult.of(() -> management.intake(command)));
	}

	/** One dossier with its history. */
	@GetMapping("/{code}")
	DossierView get(@PathVariable String code) {
		return queries.view(management.visible(code));
	}

	/**
	 * Takes an action (API.md "Actions"); 409 when the state forbids it. {@code FORWARD} may carry {@code postal}
	 * (tracking number and day posted) when the papers go by post; the receiving agency's linked dossier then waits for
	 * them until {@code POSTAL_RECEIVED} with {@code receivedOn} (docs/exchange.md "Postal legs").
	 */
	@PostMapping("/{code}/actions")
	DossierView act(@PathVariable String code, @Valid @RequestBody ActionCommand command) {
		return queries.view(management.act(code, command));
	}

	/** Records a fee payment. */
	@PostMapping("/{code}/payments")
	@ResponseStatus(HttpStatus.CREATED)
	Payment pay(@PathVariable String code, @Valid @RequestBody PaymentCommand command) {
		return management.pay(code, command);
	}

	/** The payments of a dossier. */
	@GetMapping("/{code}/payments")
	List<Payment> payments(@PathVariable String code) {
		return management.payments(code);
	}

	/**
	 * The caller's agency's dossiers, filtered, newest first; paged by {@code page} or, deep in a long list, by key:
	 * pass the {@code next} of the previous answer as {@code after}.
	 */
	@GetMapping
	PageResult<DossierView> list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String timeliness,
			@RequestParam(required = false) @Nullable String fieldCode,
			@RequestParam(required = false) @Nullable String procedureCode,
			@RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedFrom,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedTo,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String inbox,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size,
			@RequestParam(required = false) @Nullable String after) {
		return queries.searchViews(new Filter(status, timeliness, fieldCode, procedureCode, channel, receivedFrom,
				receivedTo, q, inbox), PageRequest.of(page, size), after);
	}

	/** Imports histories from an earlier system: all or nothing, idempotent by {@code externalId}. */
	@PostMapping("/import")
	ImportResponse importHistories(@Valid @RequestBody ImportRequest request) {
		ImportResult result = FirstResult.of(() -> management.importHistories(request.dossiers()));
		return new ImportResponse(result.imported(), result.dossiers().stream().map(d -> {
			DossierView view = queries.view(d);
			return new Imported(d.externalId(), d.code(), d.status().name(), d.appointmentAt(), view.timeliness());
		}).toList());
	}
}
