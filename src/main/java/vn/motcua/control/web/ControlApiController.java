package vn.motcua.control.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.control.ControlAccess;
import vn.motcua.control.ControlCommands.AssessmentCommand;
import vn.motcua.control.ControlCommands.DeskStep;
import vn.motcua.control.ControlCommands.PlanCommand;
import vn.motcua.control.ControlCommands.ReviewCommand;
import vn.motcua.control.ControlCommands.TargetsCommand;
import vn.motcua.control.ControlCommands.TaskCommand;
import vn.motcua.control.ControlCommands.TaskUpdate;
import vn.motcua.control.ControlCommands.TicketCommand;
import vn.motcua.control.ControlPlan;
import vn.motcua.control.DeskQueue;
import vn.motcua.control.DeskVisit;
import vn.motcua.control.ImpactAssessment;
import vn.motcua.control.ImpactAssessmentManagement;
import vn.motcua.control.PlanManagement;
import vn.motcua.control.PlanTask;
import vn.motcua.control.Review;
import vn.motcua.control.ReviewManagement;
import vn.motcua.control.ReviewOutcome;
import vn.motcua.control.TaskStatus;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.FirstResult;
import vn.motcua.shared.VietnamTime;

/**
 * Procedure control over HTTP (API.md "Feedback … and procedure control"): impact assessments, reviews and
 * simplification, annual plans with their progress, and the desk queue.
 */
@RestController
class ControlApiController {

	private final ImpactAssessmentManagement assessments;

	private final ReviewManagement reviews;

	private final PlanManagement plans;

	private final DeskQueue desk;

	private final ControlAccess access;

	private final Clock clock;

	ControlApiController(ImpactAssessmentManagement assessments, ReviewManagement reviews, PlanManagement plans,
			DeskQueue desk, ControlAccess access, Clock clock) {
		this.clock = clock;
		this.assessments = assessments;
		this.reviews = reviews;
		this.plans = plans;
		this.desk = desk;
		this.access = access;
	}

	/** An impact assessment as answered; {@code total} is column (3) = new + amended + repealed + kept. */
	record AssessmentView(UUID id, String agencyCode, String draftTitle, String issuer, LocalDate assessedOn,
			@JsonProperty("new") int newCount, int amended, int repealed, int kept, int total, int totalAfter,
			@Nullable String issuedAs) {
	}

	/** A reviewed procedure as answered. */
	record ReviewItemView(String code, String name, List<String> outcomes, @Nullable Long costBeforeVnd,
			@Nullable Long costAfterVnd, long savingsVnd, @Nullable LocalDate reviewedOn) {
	}

	/** A review plan item with its computed savings and completion (as of today). */
	record ReviewView(UUID id, String agencyCode, int year, String planName, List<ReviewItemView> procedures,
			int planned, int reviewed, long savingsVnd, @Nullable Double savingsPercent, double completionPercent) {
	}

	/** A task as answered. */
	record TaskView(UUID id, int position, @Nullable String section, String name, String owner,
			@Nullable LocalDate deadline, @Nullable String deadlineNote, @Nullable String output, TaskStatus status,
			@Nullable LocalDate doneOn, @Nullable UUID evidenceFileId, @Nullable String evidenceLink) {
	}

	/** A target as answered. */
	record TargetView(String indicator, double target) {
	}

	/** A plan as answered. */
	record PlanView(UUID id, String agencyCode, int year, String title, List<TaskView> tasks,
			List<TargetView> targets) {
	}

	/** A desk visit as answered; {@code waitMinutes} from taking the number to being called. */
	record VisitView(UUID id, int ticketNumber, LocalDate day, @Nullable String purpose, OffsetDateTime takenAt,
			@Nullable OffsetDateTime calledAt, @Nullable OffsetDateTime servedAt, String state,
			@Nullable Double waitMinutes) {
	}

	@PostMapping("/api/v1/impact-assessments")
	@ResponseStatus(HttpStatus.CREATED)
	AssessmentView createAssessment(@Valid @RequestBody AssessmentCommand command) {
		return view(FirstResult.of(() -> assessments.create(command)));
	}

	@PutMapping("/api/v1/impact-assessments/{id}")
	AssessmentView updateAssessment(@PathVariable UUID id, @Valid @RequestBody AssessmentCommand command) {
		return view(assessments.update(id, command));
	}

	@GetMapping("/api/v1/impact-assessments/{id}")
	AssessmentView assessment(@PathVariable UUID id) {
		return view(assessments.get(id));
	}

	/** The assessments of the caller's agencies, optionally of one year. */
	@GetMapping("/api/v1/impact-assessments")
	List<AssessmentView> assessments(@RequestParam(required = false) @Nullable Integer year) {
		return assessments.list(year).stream().map(this::view).toList();
	}

	@PostMapping("/api/v1/reviews")
	@ResponseStatus(HttpStatus.CREATED)
	ReviewView createReview(@Valid @RequestBody ReviewCommand command) {
		return view(FirstResult.of(() -> reviews.create(command)));
	}

	@PutMapping("/api/v1/reviews/{id}")
	ReviewView updateReview(@PathVariable UUID id, @Valid @RequestBody ReviewCommand command) {
		return view(reviews.update(id, command));
	}

	@GetMapping("/api/v1/reviews/{id}")
	ReviewView review(@PathVariable UUID id) {
		return view(reviews.get(id));
	}

	@GetMapping("/api/v1/reviews")
	List<ReviewView> reviews(@RequestParam(required = false) @Nullable Integer year) {
		return reviews.list(year).stream().map(this::view).toList();
	}

	@PostMapping("/api/v1/plans")
	@ResponseStatus(HttpStatus.CREATED)
	PlanView createPlan(@Valid @RequestBody PlanCommand command) {
		return view(FirstResult.of(() -> plans.create(command)));
	}

	/** Imports a plan from an XLSX table (multipart {@code file}, with {@code year}, {@code title}, {@code agencyCode}). */
	@PostMapping(path = "/api/v1/plans/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	PlanView importPlan(@RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String agencyCode) throws java.io.IOException {
		if (file.isEmpty()) {
			throw new InvalidInputException("file", "Cần tệp XLSX");
		}
		try (var in = file.getInputStream()) {
			return view(plans.importXlsx(in, agencyCode, year, title));
		}
	}

	@GetMapping("/api/v1/plans")
	List<PlanView> plans(@RequestParam(required = false) @Nullable Integer year) {
		return plans.list(year).stream().map(this::view).toList();
	}

	@GetMapping("/api/v1/plans/{id}")
	PlanView plan(@PathVariable UUID id) {
		return view(plans.get(id));
	}

	/** Replaces the plan's targets. */
	@PutMapping("/api/v1/plans/{id}/targets")
	PlanView replaceTargets(@PathVariable UUID id, @Valid @RequestBody TargetsCommand command) {
		return view(plans.replaceTargets(id, command.targets()));
	}

	@PostMapping("/api/v1/plans/{id}/tasks")
	@ResponseStatus(HttpStatus.CREATED)
	TaskView addTask(@PathVariable UUID id, @Valid @RequestBody TaskCommand command) {
		return view(plans.addTask(id, command));
	}

	/** Changes a task's status ({@code TODO}, {@code DOING}, {@code DONE} with evidence); 409 when not allowed. */
	@PostMapping("/api/v1/plans/{id}/tasks/{taskId}/status")
	TaskView updateTask(@PathVariable UUID id, @PathVariable UUID taskId, @Valid @RequestBody TaskUpdate update) {
		return view(plans.updateTask(id, taskId, update));
	}

	/** Each target's value, state and monthly trend and each task's status, measured up to {@code on}. */
	@GetMapping("/api/v1/plans/{id}/progress")
	PlanManagement.Progress progress(@PathVariable UUID id,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return plans.progress(id, on);
	}

	/** The records behind a target's value. */
	@GetMapping("/api/v1/plans/{id}/targets/{indicator}/records")
	PlanManagement.Drill records(@PathVariable UUID id, @PathVariable String indicator,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return plans.records(id, indicator, on);
	}

	/** The open due-soon reminders of every plan the caller sees. */
	@GetMapping("/api/v1/plans/reminders")
	List<PlanManagement.Reminder> allReminders() {
		return plans.reminders(null);
	}

	/** The open due-soon reminders of a plan. */
	@GetMapping("/api/v1/plans/{id}/reminders")
	List<PlanManagement.Reminder> reminders(@PathVariable UUID id) {
		return plans.reminders(id);
	}

	@PostMapping("/api/v1/desk-visits")
	@ResponseStatus(HttpStatus.CREATED)
	VisitView take(@Valid @RequestBody(required = false) @Nullable TicketCommand command) {
		return view(desk.take(command == null ? new TicketCommand(null, null, null) : command));
	}

	@PostMapping("/api/v1/desk-visits/{id}/call")
	VisitView call(@PathVariable UUID id, @RequestBody(required = false) @Nullable DeskStep step) {
		return view(desk.call(id, step == null ? null : step.at()));
	}

	@PostMapping("/api/v1/desk-visits/{id}/serve")
	VisitView serve(@PathVariable UUID id, @RequestBody(required = false) @Nullable DeskStep step) {
		return view(desk.serve(id, step == null ? null : step.at()));
	}

	/** Today's visits of the caller's agency. */
	@GetMapping("/api/v1/desk-visits")
	List<VisitView> today(@RequestParam(required = false) @Nullable String agencyCode) {
		return desk.today(agencyCode).stream().map(ControlApiController::view).toList();
	}

	private AssessmentView view(ImpactAssessment a) {
		return new AssessmentView(a.id(), access.agencyCode(a.agencyId()), a.draftTitle(), a.issuer().name(),
				a.assessedOn(), a.newCount(), a.amended(), a.repealed(), a.kept(), a.total(), a.totalAfter(),
				a.issuedAs());
	}

	private ReviewView view(Review r) {
		LocalDate today = VietnamTime.today(clock);
		List<ReviewItemView> items = r.items()
			.stream()
			.map(i -> new ReviewItemView(i.code(), i.name(), i.outcomes().stream().map(ReviewOutcome::name).toList(),
					i.costBeforeVnd(), i.costAfterVnd(), i.savingsVnd(), i.reviewedOn()))
			.toList();
		Double percent = r.savingsPercent(today);
		return new ReviewView(r.id(), access.agencyCode(r.agencyId()), r.year(), r.planName(), items, r.items().size(),
				r.reviewedBy(today).size(), r.savingsVnd(today),
				percent == null ? null : Math.round(percent * 100) / 100.0,
				Math.round(r.completionPercent(today) * 100) / 100.0);
	}

	private PlanView view(ControlPlan p) {
		return new PlanView(p.id(), access.agencyCode(p.agencyId()), p.year(), p.title(),
				p.tasks().stream().map(ControlApiController::view).toList(),
				p.targets().stream().map(t -> new TargetView(t.indicator().name(), t.target())).toList());
	}

	private static TaskView view(PlanTask t) {
		return new TaskView(t.id(), t.position(), t.section(), t.name(), t.owner(), t.deadline(), t.deadlineNote(),
				t.output(), t.status(), t.doneOn(), t.evidenceFileId(), t.evidenceLink());
	}

	private static VisitView view(DeskVisit v) {
		Double wait = v.waitMinutes();
		return new VisitView(v.id(), v.ticketNumber(), v.day(), v.purpose(), v.takenAt(), v.calledAt(), v.servedAt(),
				v.state().name(), wait == null ? null : Math.round(wait * 10) / 10.0);
	}
}
