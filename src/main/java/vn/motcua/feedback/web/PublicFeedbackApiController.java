package vn.motcua.feedback.web;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackCommands.SenderData;
import vn.motcua.feedback.FeedbackManagement;
import vn.motcua.feedback.FeedbackQueries;
import vn.motcua.feedback.FeedbackQueries.PublishedAnswer;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.PageResult;
import vn.motcua.shared.RateLimitCounter;
import vn.motcua.shared.RateLimiter;
import vn.motcua.shared.TooManyRequestsException;

/**
 * The sender's side without sign-in: send feedback, follow it with the number and key, rate the answer; and the
 * published answers. Limited to 10 requests a minute per address.
 */
@RestController
@RequestMapping("/api/public/feedback")
class PublicFeedbackApiController {

	private final FeedbackManagement management;

	private final FeedbackQueries queries;

	private final RateLimiter limiter;

	PublicFeedbackApiController(FeedbackManagement management, FeedbackQueries queries, Clock clock, RateLimitCounter counter) {
		this.management = management;
		this.queries = queries;
		this.limiter = new RateLimiter("feedback-api", 10, Duration.ofMinutes(1), clock, counter);
	}

	/** A sender's feedback. */
	record Submission(@NotBlank @Size(max = 50) String agencyCode, @NotNull @Valid SenderData sender,
			@NotBlank @Size(max = 10000) String content, @Nullable @Size(max = 50) String fieldCode,
			@Nullable String kind) {
	}

	/** What the sender keeps to follow the item. */
	record Receipt(String number, String key, OffsetDateTime receivedAt, OffsetDateTime resolveDueAt) {
	}

	/** What the sender sees: the state, the deadline, the answer; no staff names. */
	record Status(String number, String status, String statusLabel, OffsetDateTime receivedAt,
			@Nullable OffsetDateTime resolveDueAt, @Nullable String forwardedTo, @Nullable String answer,
			@Nullable String refusalReason, @Nullable OffsetDateTime publishedAt, @Nullable String satisfaction,
			List<Step> steps) {
	}

	/** One step as the sender sees it. */
	record Step(String label, OffsetDateTime at) {
	}

	/** A rating of the answer. */
	record Rating(@NotBlank String satisfaction) {
	}

	/** Sends feedback; 201 with the number and the lookup key. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Receipt submit(@Valid @RequestBody Submission body, HttpServletRequest request) {
		limit(request);
		Feedback f = management.submitPublic(body.agencyCode(), body.sender(), body.content(), body.fieldCode(),
				body.kind());
		return new Receipt(f.number(), f.lookupKey(), f.receivedAt(), f.resolveDueAt());
	}

	/** The state of an item, given its number and key. */
	@GetMapping("/{number}")
	Status lookup(@PathVariable String number, @RequestParam(required = false) @Nullable String key,
			HttpServletRequest request) {
		limit(request);
		return status(management.byKey(number, key));
	}

	/** The sender's satisfaction with the answer, once. */
	@PostMapping("/{number}/rating")
	Status rate(@PathVariable String number, @RequestParam(required = false) @Nullable String key,
			@Valid @RequestBody Rating rating, HttpServletRequest request) {
		limit(request);
		return status(management.rateBySender(number, key, rating.satisfaction()));
	}

	/** Published answers, newest first. */
	@GetMapping("/published")
	PageResult<PublishedAnswer> published(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return queries.published(q, PageRequest.of(page, size));
	}

	static Status status(Feedback f) {
		return new Status(f.number(), f.status().name(), f.status().label(), f.receivedAt(),
				f.status().isClosed() ? null : f.resolveDueAt(), f.forwardedTo(), f.answer(), f.refusalReason(),
				f.publishedAt(), f.satisfaction() == null ? null : f.satisfaction().name(),
				f.history().stream().map(e -> new Step(e.action().label(), e.at())).toList());
	}

	private void limit(HttpServletRequest request) {
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			throw new TooManyRequestsException("Bạn đã gửi quá nhiều yêu cầu; vui lòng thử lại sau một phút");
		}
	}
}
