package vn.motcua.control.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
import vn.motcua.control.ControlPlan;
import vn.motcua.control.Indicator;
import vn.motcua.control.PlanManagement;
import vn.motcua.control.TaskStatus;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.FormErrors;
import vn.motcua.shared.InvalidInputException;

/** The pages of procedure-control plans: the plans, their tasks and targets, progress, drill-down, reminders. */
@Controller
@RequestMapping("/kiem-soat")
class PlanPageController {

	private final PlanManagement plans;

	private final Validator validator;

	private final Clock clock;

	PlanPageController(PlanManagement plans, Validator validator, Clock clock) {
		this.plans = plans;
		this.validator = validator;
		this.clock = clock;
	}

	@GetMapping({ "", "/ke-hoach" })
	String plans(@RequestParam(required = false) @Nullable Integer year, Model model) {
		model.addAttribute("plans", plans.list(year));
		model.addAttribute("reminders", plans.reminders(null));
		model.addAttribute("year", year);
		return "control/plans";
	}

	@GetMapping("/ke-hoach/moi")
	String newPlan(Model model) {
		model.addAttribute("form", PlanForm.in(vn.motcua.shared.VietnamTime.today(clock).getYear()));
		return planForm(model);
	}

	@PostMapping("/ke-hoach/moi")
	String createPlan(@ModelAttribute("form") PlanForm form, BindingResult result, Model model) {
		return FormErrors.submit(validator, result, form::command,
				command -> "redirect:/kiem-soat/ke-hoach/" + plans.create(command).id(), () -> planForm(model));
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
			model.addAttribute("form", PlanForm.in(vn.motcua.shared.VietnamTime.today(clock).getYear()));
			return planForm(model);
		}
	}

	private String planForm(Model model) {
		model.addAttribute("indicators", Indicator.values());
		return "control/plan-form";
	}

	@GetMapping("/ke-hoach/{id}")
	String plan(@PathVariable UUID id, Model model) {
		model.addAttribute("plan", plans.get(id));
		model.addAttribute("progress", plans.progress(id, null));
		model.addAttribute("reminders", plans.reminders(id));
		model.addAttribute("statuses", List.of(TaskStatus.TODO, TaskStatus.DOING, TaskStatus.DONE));
		if (!model.containsAttribute("task")) {
			model.addAttribute("task", TaskForm.empty());
		}
		model.addAttribute("goals", PlanForm.of(plans.get(id)));
		model.addAttribute("indicators", Indicator.values());
		return "control/plan";
	}

	@PostMapping("/ke-hoach/{id}/nhiem-vu")
	String addTask(@PathVariable UUID id, @ModelAttribute("task") TaskForm form, BindingResult result, Model model) {
		return FormErrors.submit(validator, result, form::command, command -> {
			plans.addTask(id, command);
			return "redirect:/kiem-soat/ke-hoach/" + id;
		}, () -> plan(id, model));
	}

	@PostMapping("/ke-hoach/{id}/chi-tieu")
	String replaceTargets(@PathVariable UUID id, @ModelAttribute("goals") PlanForm form, RedirectAttributes redirect) {
		try {
			plans.replaceTargets(id, form.goals());
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
}
