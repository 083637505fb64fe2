package vn.motcua.control.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.control.ControlCommands.AssessmentCommand;
import vn.motcua.control.ImpactAssessment;
import vn.motcua.control.ImpactAssessmentManagement;
import vn.motcua.shared.FormErrors;

/** The pages of impact assessments (đánh giá tác động của TTHC trong dự thảo văn bản). */
@Controller
@RequestMapping("/kiem-soat/danh-gia-tac-dong")
class AssessmentPageController {

	private final ImpactAssessmentManagement assessments;

	private final Validator validator;

	private final Clock clock;

	AssessmentPageController(ImpactAssessmentManagement assessments, Validator validator, Clock clock) {
		this.assessments = assessments;
		this.validator = validator;
		this.clock = clock;
	}

	@GetMapping
	String assessments(@RequestParam(required = false) @Nullable Integer year, Model model) {
		model.addAttribute("assessments", assessments.list(year));
		model.addAttribute("year", year);
		return "control/assessments";
	}

	@GetMapping("/moi")
	String newAssessment(Model model) {
		model.addAttribute("form", AssessmentForm.empty());
		return assessmentForm(model, null);
	}

	@PostMapping("/moi")
	String createAssessment(@ModelAttribute("form") AssessmentForm form, BindingResult result, Model model) {
		return FormErrors.submit(validator, result, () -> command(form, result),
				command -> "redirect:/kiem-soat/danh-gia-tac-dong/" + assessments.create(command).id(),
				() -> assessmentForm(model, null));
	}

	@GetMapping("/{id}")
	String assessment(@PathVariable UUID id, Model model) {
		ImpactAssessment assessment = assessments.get(id);
		model.addAttribute("form", AssessmentForm.of(assessment));
		return assessmentForm(model, assessment);
	}

	@PostMapping("/{id}")
	String updateAssessment(@PathVariable UUID id, @ModelAttribute("form") AssessmentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ImpactAssessment assessment = assessments.get(id);
		return FormErrors.submit(validator, result, () -> command(form, result), command -> {
			assessments.update(id, command);
			redirect.addFlashAttribute("message", "Đã lưu đánh giá tác động");
			return "redirect:/kiem-soat/danh-gia-tac-dong/" + id;
		}, () -> assessmentForm(model, assessment));
	}

	/**
	 * The form's command; an empty date is refused here because the form keeps it as {@code null} (the command
	 * would put today in its place).
	 */
	private AssessmentCommand command(AssessmentForm form, BindingResult result) {
		if (form.assessedOn() == null) {
			result.rejectValue("assessedOn", "required", "Cần ngày đánh giá");
		}
		return form.command(vn.motcua.shared.VietnamTime.today(clock));
	}

	private String assessmentForm(Model model, @Nullable ImpactAssessment assessment) {
		model.addAttribute("assessment", assessment);
		model.addAttribute("issuers", ImpactAssessment.Issuer.values());
		return "control/assessment-form";
	}
}
