package vn.motcua.control.web;

import java.time.Clock;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.control.ControlCommands.TaskUpdate;
import vn.motcua.control.ControlCommands.TicketCommand;
import vn.motcua.control.ControlPlan;
import vn.motcua.control.DeskQueue;
import vn.motcua.control.ImpactAssessment;
import vn.motcua.control.ImpactAssessmentManagement;
import vn.motcua.control.Indicator;
import vn.motcua.control.PlanManagement;
import vn.motcua.control.Review;
import vn.motcua.control.ReviewManagement;
import vn.motcua.control.TaskStatus;
import vn.motcua.control.web.ControlForms.AssessmentForm;
import vn.motcua.control.web.ControlForms.PlanForm;
import vn.motcua.control.web.ControlForms.ReviewForm;
import vn.motcua.control.web.ControlForms.TaskForm;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.FormErrors;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.VietnamTime;

/** The procedure-control pages: plans and their progress, reminders, impact assessments, reviews, the desk queue. */
@Controller
@RequestMapping("/kiem-soat")
class ControlPageController {

	private final PlanManagement plans;

	private final ImpactAssessmentManagement assessments;

	private final ReviewManagement reviews;

	private final DeskQueue desk;

	private final Validator validator;

	private final Clock clock;

	ControlPageController(PlanManagement plans, ImpactAssessmentManagement assessments, ReviewManagement reviews,
			DeskQueue desk, Validator validator, Clock clock) {
		this.clock = clock;
		this.plans = plans;
		this.assessments = assessments;
		this.reviews = reviews;
		this.desk = desk;
		this.validator = validator;
	}

	// ---- plans -----------------------------------------------------------------------------------------------

	@GetMapping({ "", "/ke-hoach" })
	String plans(@RequestParam(required = false) @Nullable Integer year, Model model) {
		model.addAttribute("plans", plans.list(year));
		model.addAttribute("reminders", plans.reminders(null));
		model.addAttribute("year", year);
		return "control/plans";
	}

	@GetMapping("/ke-hoach/moi")
	String newPlan(Model model) {
		model.addAttribute("form", PlanForm.in(VietnamTime.today(clock).getYear()));
		model.addAttribute("indicators", Indicator.values());
		return "control/plan-form";
	}

	@PostMapping("/ke-hoach/moi")
	String createPlan(@ModelAttribute("form") PlanForm form, BindingResult result, Model model) {
		try {
			var command = form.command();
			if (validate(command, result)) {
				ControlPlan plan = plans.create(command);
				return "redirect:/kiem-soat/ke-hoach/" + plan.id();
			}
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
		}
		model.addAttribute("indicators", Indicator.values());
		return "control/plan-form";
	}

	@PostMapping("/ke-hoach/nhap")
	String importPlan(@RequestParam("file") MultipartFile file, @RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String title, Model model) throws IOException {
		try (InputStream in = file.getInputStream()) {
			ControlPlan plan = plans.importXlsx(in, null, year, title);
			return "redirect:/kiem-soat/ke-hoach/" + plan.id();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("importErrors", ex.errors());
			model.addAttribute("form", PlanForm.in(VietnamTime.today(clock).getYear()));
			model.addAttribute("indicators", Indicator.values());
			return "control/plan-form";
		}
	}

	@GetMapping("/ke-hoach/{id}")
	String plan(@PathVariable UUID id, Model model) {
		model.addAttribute("plan", plans.get(id));
		model.addAttribute("progress", plans.progress(id, null));
		model.addAttribute("reminders", plans.reminders(id));
		model.addAttribute("statuses", List.of(TaskStatus.TODO, TaskStatus.DOING, TaskStatus.DONE));
		if (!model.containsAttribute("task")) {
			model.addAttribute("task", new TaskForm());
		}
		model.addAttribute("goals", PlanForm.of(plans.get(id)));
		model.addAttribute("indicators", Indicator.values());
		return "control/plan";
	}

	@PostMapping("/ke-hoach/{id}/nhiem-vu")
	String addTask(@PathVariable UUID id, @ModelAttribute("task") TaskForm form, BindingResult result, Model model) {
		try {
			var command = form.command();
			if (validate(command, result)) {
				plans.addTask(id, command);
				return "redirect:/kiem-soat/ke-hoach/" + id;
			}
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
		}
		return plan(id, model);
	}

	@PostMapping("/ke-hoach/{id}/chi-tieu")
	String replaceTargets(@PathVariable UUID id, @ModelAttribute("goals") PlanForm form, RedirectAttributes redirect) {
		try {
			plans.replaceTargets(id, form.targets());
			redirect.addFlashAttribute("message", "Đã lưu chỉ tiêu");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", String.join("; ", ex.errors().stream().map(e -> e.message()).toList()));
		}
		return "redirect:/kiem-soat/ke-hoach/" + id;
	}

	@PostMapping("/ke-hoach/{id}/nhiem-vu/{taskId}")
	String updateTask(@PathVariable UUID id, @PathVariable UUID taskId, @RequestParam String status,
			@RequestParam(required = false) @Nullable String evidenceLink,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		try {
			if (file != null && !file.isEmpty()) {
				try (InputStream in = file.getInputStream()) {
					plans.attachEvidence(id, taskId, in, file.getOriginalFilename(), status, note);
				}
			}
			else {
				plans.updateTask(id, taskId, new TaskUpdate(status, null, null, evidenceLink, note));
			}
			redirect.addFlashAttribute("message", "Đã cập nhật nhiệm vụ");
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/kiem-soat/ke-hoach/" + id;
	}

	@GetMapping("/ke-hoach/{id}/tien-do")
	String progress(@PathVariable UUID id,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			Model model) {
		model.addAttribute("plan", plans.get(id));
		model.addAttribute("progress", plans.progress(id, on));
		return "control/progress";
	}

	@GetMapping("/ke-hoach/{id}/chi-so/{indicator}")
	String drill(@PathVariable UUID id, @PathVariable String indicator,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			Model model) {
		model.addAttribute("plan", plans.get(id));
		model.addAttribute("drill", plans.records(id, indicator, on));
		model.addAttribute("on", on);
		return "control/drill";
	}

	@GetMapping("/nhac-han")
	String reminders(Model model) {
		model.addAttribute("reminders", plans.reminders(null));
		return "control/reminders";
	}

	// ---- impact assessments ----------------------------------------------------------------------------------

	@GetMapping("/danh-gia-tac-dong")
	String assessments(@RequestParam(required = false) @Nullable Integer year, Model model) {
		model.addAttribute("assessments", assessments.list(year));
		model.addAttribute("year", year);
		return "control/assessments";
	}

	@GetMapping("/danh-gia-tac-dong/moi")
	String newAssessment(Model model) {
		model.addAttribute("form", new AssessmentForm());
		return assessmentForm(model, null);
	}

	@PostMapping("/danh-gia-tac-dong/moi")
	String createAssessment(@ModelAttribute("form") AssessmentForm form, BindingResult result, Model model) {
		try {
			var command = form.command(VietnamTime.today(clock));
			if (validAssessment(form, command, result)) {
				ImpactAssessment created = assessments.create(command);
				return "redirect:/kiem-soat/danh-gia-tac-dong/" + created.id();
			}
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
		}
		return assessmentForm(model, null);
	}

	@GetMapping("/danh-gia-tac-dong/{id}")
	String assessment(@PathVariable UUID id, Model model) {
		ImpactAssessment assessment = assessments.get(id);
		model.addAttribute("form", AssessmentForm.of(assessment));
		return assessmentForm(model, assessment);
	}

	@PostMapping("/danh-gia-tac-dong/{id}")
	String updateAssessment(@PathVariable UUID id, @ModelAttribute("form") AssessmentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ImpactAssessment assessment = assessments.get(id);
		try {
			var command = form.command(VietnamTime.today(clock));
			if (validAssessment(form, command, result)) {
				assessments.update(id, command);
				redirect.addFlashAttribute("message", "Đã lưu đánh giá tác động");
				return "redirect:/kiem-soat/danh-gia-tac-dong/" + id;
			}
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
		}
		return assessmentForm(model, assessment);
	}

	/** The date is checked here because the form keeps an empty date as {@code null} before the command exists. */
	private boolean validAssessment(AssessmentForm form, Object command, BindingResult result) {
		if (form.getAssessedOn() == null) {
			result.rejectValue("assessedOn", "required", "Cần ngày đánh giá");
			return false;
		}
		return validate(command, result);
	}

	private String assessmentForm(Model model, @Nullable ImpactAssessment assessment) {
		model.addAttribute("assessment", assessment);
		model.addAttribute("issuers", ImpactAssessment.Issuer.values());
		return "control/assessment-form";
	}

	// ---- reviews ---------------------------------------------------------------------------------------------

	@GetMapping("/ra-soat")
	String reviews(@RequestParam(required = false) @Nullable Integer year, Model model) {
		model.addAttribute("reviews", reviews.list(year));
		model.addAttribute("today", VietnamTime.today(clock));
		model.addAttribute("year", year);
		return "control/reviews";
	}

	@GetMapping("/ra-soat/moi")
	String newReview(Model model) {
		model.addAttribute("form", ReviewForm.in(VietnamTime.today(clock).getYear()));
		return reviewForm(model, null);
	}

	@PostMapping("/ra-soat/moi")
	String createReview(@ModelAttribute("form") ReviewForm form, BindingResult result, Model model) {
		try {
			var command = form.command();
			if (validate(command, result)) {
				Review created = reviews.create(command);
				return "redirect:/kiem-soat/ra-soat/" + created.id();
			}
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
		}
		return reviewForm(model, null);
	}

	@GetMapping("/ra-soat/{id}")
	String review(@PathVariable UUID id, Model model) {
		Review review = reviews.get(id);
		model.addAttribute("form", ReviewForm.of(review));
		return reviewForm(model, review);
	}

	@PostMapping("/ra-soat/{id}")
	String updateReview(@PathVariable UUID id, @ModelAttribute("form") ReviewForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Review review = reviews.get(id);
		try {
			var command = form.command();
			if (validate(command, result)) {
				reviews.update(id, command);
				redirect.addFlashAttribute("message", "Đã lưu kế hoạch rà soát");
				return "redirect:/kiem-soat/ra-soat/" + id;
			}
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
		}
		return reviewForm(model, review);
	}

	private String reviewForm(Model model, @Nullable Review review) {
		model.addAttribute("review", review);
		model.addAttribute("today", VietnamTime.today(clock));
		return "control/review-form";
	}

	// ---- desk queue ------------------------------------------------------------------------------------------

	@GetMapping("/quay-mot-cua")
	String desk(@RequestParam(name = "ngay", required = false) @Nullable @DateTimeFormat(
			iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
		var visits = desk.ofDay(null, day);
		model.addAttribute("visits", visits);
		model.addAttribute("zone", VietnamTime.ZONE);
		model.addAttribute("day", day != null ? day : VietnamTime.today(clock));
		model.addAttribute("average", visits.stream()
			.map(v -> v.waitMinutes())
			.filter(java.util.Objects::nonNull)
			.mapToDouble(Double::doubleValue)
			.average()
			.orElse(Double.NaN));
		return "control/desk";
	}

	@PostMapping("/quay-mot-cua")
	String take(@RequestParam(required = false) @Nullable String purpose, RedirectAttributes redirect) {
		try {
			var visit = desk.take(new TicketCommand(null, purpose, null));
			redirect.addFlashAttribute("message", "Đã cấp số " + visit.ticketNumber());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/kiem-soat/quay-mot-cua";
	}

	@PostMapping("/quay-mot-cua/{id}/goi")
	String call(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			var visit = desk.call(id, null);
			redirect.addFlashAttribute("message", "Mời số " + visit.ticketNumber() + " đến quầy");
		}
		catch (ConflictException | InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/kiem-soat/quay-mot-cua";
	}

	@PostMapping("/quay-mot-cua/{id}/xong")
	String serve(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			var visit = desk.serve(id, null);
			redirect.addFlashAttribute("message", "Đã phục vụ xong số " + visit.ticketNumber());
		}
		catch (ConflictException | InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/kiem-soat/quay-mot-cua";
	}

	/** Bean Validation of a command, its messages beside the form's fields; whether it is valid. */
	private boolean validate(Object command, BindingResult result) {
		Set<ConstraintViolation<Object>> violations = validator.validate(command);
		for (ConstraintViolation<Object> v : violations) {
			String field = v.getPropertyPath().toString();
			try {
				if (result.getFieldType(field) != null) {
					result.rejectValue(field, "invalid", v.getMessage());
					continue;
				}
			}
			catch (RuntimeException ex) {
				// not a field of the page form: shown above the form
			}
			result.reject("invalid", field + ": " + v.getMessage());
		}
		return violations.isEmpty() && !result.hasErrors();
	}
}
