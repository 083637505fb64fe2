package vn.motcua.feedback.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.feedback.FeedbackCommands.ActionCommand;
import vn.motcua.feedback.FeedbackCommands.History;
import vn.motcua.feedback.FeedbackCommands.IntakeCommand;
import vn.motcua.feedback.FeedbackManagement;
import vn.motcua.feedback.FeedbackManagement.ImportResult;
import vn.motcua.feedback.FeedbackManagement.Intake;
import vn.motcua.feedback.FeedbackQueries;
import vn.motcua.feedback.FeedbackQueries.Filter;
import vn.motcua.feedback.FeedbackQueries.Summary;
import vn.motcua.feedback.FeedbackView;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.PageResult;
import vn.motcua.shared.FirstResult;

/**
 * Feedback (phản ánh, kiến nghị) over HTTP: intake, actions, the inbox list and history import. {@code {id}} is the
 * feedback number ({@code PA-YYMMDD-NNNN}).
 */
@RestController
@RequestMapping("/api/v1/feedback")
class FeedbackApiController {

	private final FeedbackManagement management;

	private final FeedbackQueries queries;

	FeedbackApiController(FeedbackManagement management, FeedbackQueries queries) {
		this.management = management;
		this.queries = queries;
	}

	/** The body of an import. */
	record ImportRequest(@NotEmpty @Size(max = 1000, message = "Tối đa {max} mục") List<@Valid History> feedback) {
	}

	/** One imported history's item. */
	record Imported(String externalId, String number, String status) {
	}

	/** The answer to an import. */
	record ImportResponse(int imported, List<Imported> feedback) {
	}

	/**
	 * Receives an item (201 with its number and the sender's lookup key). The same {@code externalId}, or without one
	 * the same {@code Idempotency-Key} header, answers 200 with the first item and stores nothing.
	 */
	@PostMapping
	ResponseEntity<FeedbackView> intake(@Valid @RequestBody IntakeCommand command,
			@RequestHeader(value = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
		Intake intake = FirstResult.of(() -> management.intake(command, idempotencyKey));
		return ResponseEntity.status(intake.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(queries.view(intake.feedback(), true));
	}

	/** One item with its history. */
	@GetMapping("/{id}")
	FeedbackView get(@PathVariable String id) {
		return queries.view(management.visible(id), false);
	}

	/** Takes an action; 409 naming the state when the state forbids it. */
	@PostMapping("/{id}/actions")
	FeedbackView act(@PathVariable String id, @Valid @RequestBody ActionCommand command) {
		return queries.view(management.act(id, command), false);
	}

	/**
	 * The caller's agencies' feedback: {@code inbox} OPEN, OVERDUE, DUE_SOON or TO_PUBLISH; {@code status},
	 * {@code kind}, {@code fieldCode}, {@code channel}, {@code q} (number, sender, content, without diacritics too),
	 * {@code receivedFrom}/{@code receivedTo}; paged.
	 */
	@GetMapping
	PageResult<Summary> list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String fieldCode,
			@RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String inbox, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedFrom,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedTo,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return queries.search(new Filter(status, kind, fieldCode, channel, inbox, q, receivedFrom, receivedTo),
				PageRequest.of(page, size));
	}

	/** Imports histories from an earlier system: all or nothing, idempotent by {@code externalId}. */
	@PostMapping("/import")
	ImportResponse importHistories(@Valid @RequestBody ImportRequest request) {
		ImportResult result = FirstResult.of(() -> management.importHistories(request.feedback()));
		return new ImportResponse(result.imported(), result.feedback()
			.stream()
			.map(f -> new Imported(f.externalId(), f.number(), f.status().name()))
			.toList());
	}
}
