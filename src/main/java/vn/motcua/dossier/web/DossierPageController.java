package vn.motcua.dossier.web;

import java.time.LocalDate;
import java.util.List;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommands.IntakeCommand;
import vn.motcua.dossier.DossierCommands.PaymentCommand;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierQueries.Filter;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.ProcedureDirectory.PaperTerm;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.FormErrors;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.OneTimeForm;
import vn.motcua.shared.PageRequest;

/** Staff pages for dossiers: inboxes and search, intake at the desk, the dossier with its actions. */
@Controller
@RequestMapping("/ho-so")
class DossierPageController {

	private final DossierManagement management;

	private final DossierQueries queries;

	DossierPageController(DossierManagement management, DossierQueries queries) {
		this.management = management;
		this.queries = queries;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String inbox,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String timeliness,
			@RequestParam(required = false) @Nullable String channel, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable String after, Model model) {
		Filter filter = new Filter(status, timeliness, null, null, channel, from, to, q, inbox);
		model.addAttribute("result", queries.searchViews(filter, PageRequest.of(0, 25), after));
		model.addAttribute("after", after);
		model.addAttribute("counts", queries.inboxCounts());
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", DossierStatus.values());
		model.addAttribute("q", q);
		return "dossier/list";
	}

	@GetMapping("/tiep-nhan")
	String initIntake(@RequestParam(required = false) @Nullable String procedureCode, Model model) {
		model.addAttribute("form", IntakeForm.start(procedureCode,
				procedureCode == null ? List.of() : IntakeForm.checklist(management.procedureForIntake(procedureCode))));
		return intakeForm(model);
	}

	@GetMapping("/tiep-nhan/thanh-phan")
	String paperChecklist(@RequestParam String procedureCode, Model model) {
		model.addAttribute("form",
				IntakeForm.start(procedureCode, IntakeForm.checklist(management.procedureForIntake(procedureCode))));
		return "dossier/intake :: papers";
	}

	/**
	 * Receives a dossier at the desk, or records the request to supplement (Mẫu 02) or the refusal (Mẫu 03). When
	 * required papers are missing the page lists them and fills the request's reason; every other refusal lands
	 * beside its field ({@link FormErrors}).
	 */
	@OneTimeForm
	@PostMapping("/tiep-nhan")
	String processIntake(@ModelAttribute("form") IntakeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) throws java.io.IOException {
		IntakeCommand command = form.command();
		String reason = form.reason();
		try {
			Dossier dossier = management.intakeWithScans(command, form.scans());
			redirect.addFlashAttribute("message", switch (dossier.status()) {
				case RECEIVED -> "Đã tiếp nhận hồ sơ " + dossier.code() + ". In giấy tiếp nhận và hẹn trả kết quả (Mẫu 01).";
				case AWAITING_SUPPLEMENT -> "Đã lập phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02) cho " + dossier.code() + ".";
				default -> "Đã lập phiếu từ chối tiếp nhận (Mẫu 03) cho " + dossier.code() + ".";
			});
			return "redirect:/ho-so/" + dossier.code();
		}
		catch (InvalidInputException ex) {
			InvalidInputException shown = ex;
			if (ex.errors().stream().anyMatch(p -> "components".equals(p.field()))) {
				List<PaperTerm> missing = management.missingPapers(command);
				model.addAttribute("missing", missing);
				if (reason == null || reason.isBlank()) {
					reason = "Bổ sung: " + String.join("; ", missing.stream().map(PaperTerm::name).toList());
				}
				List<InvalidInputException.FieldProblem> others = ex.errors()
					.stream()
					.filter(p -> !"components".equals(p.field()))
					.toList();
				shown = others.isEmpty() ? null : new InvalidInputException(others);
			}
			if (shown != null) {
				FormErrors.apply(IntakeForm.onFormFields(shown), result);
			}
		}
		catch (ForbiddenException | ConflictException ex) {
			result.reject("invalid", ex.getMessage());
		}
		List<IntakeForm.PaperRow> checklist = form.rows();
		if (checklist.isEmpty() && form.procedureCode() != null && !form.procedureCode().isBlank()) {
			try {
				checklist = IntakeForm.checklist(management.procedureForIntake(form.procedureCode()));
			}
			catch (InvalidInputException ex) {
				checklist = List.of();
			}
		}
		FormErrors.show(model, result, form.shownWith(checklist, reason));
		return intakeForm(model);
	}

	@GetMapping("/{code}")
	String detail(@PathVariable String code, Model model) {
		DossierManagement.DossierPage page = management.page(code);
		model.addAttribute("dossier", queries.view(page.dossier()));
		model.addAttribute("steps", page.steps());
		model.addAttribute("mayApologise", page.steps().contains(DossierAction.APOLOGISE));
		model.addAttribute("payments", page.payments());
		model.addAttribute("papers", page.papers());
		model.addAttribute("reusable", page.reusable());
		model.addAttribute("reuseFromLatest", vn.motcua.dossier.DossierManagement.REUSE_FROM_LATEST);
		return "dossier/detail";
	}

	/** One step's own form (and the confirmation of the steps that cannot be undone). */
	@GetMapping("/{code}/buoc/{action}")
	String stepForm(@PathVariable String code, @PathVariable String action, Model model,
			RedirectAttributes redirect) {
		Dossier dossier = management.visible(code);
		DossierAction step = allowed(dossier, action);
		if (step == null) {
			redirect.addFlashAttribute("actionError", "Bước này không thực hiện được với hồ sơ " + code + " lúc này.");
			return "redirect:/ho-so/" + code;
		}
		return stepPage(model, dossier, step, StepForm.empty(), java.util.Map.of());
	}

	@OneTimeForm
	@PostMapping("/{code}/buoc/{action}")
	String step(@PathVariable String code, @PathVariable String action, StepForm form,
			@RequestParam(required = false) org.springframework.web.multipart.@Nullable MultipartFile resultFile,
			Model model, RedirectAttributes redirect) throws java.io.IOException {
		Dossier dossier = management.visible(code);
		DossierAction step = allowed(dossier, action);
		if (step == null) {
			redirect.addFlashAttribute("actionError", "Bước này không thực hiện được với hồ sơ " + code + " lúc này.");
			return "redirect:/ho-so/" + code;
		}
		try {
			DossierManagement.Upload upload = resultFile == null || resultFile.isEmpty() ? null
					: new DossierManagement.Upload(resultFile.getInputStream(), resultFile.getOriginalFilename());
			Dossier after = management.actWithResult(code, form.command(step), upload);
			redirect.addFlashAttribute("message", "Đã thực hiện \"" + step.label() + "\". Hồ sơ đang ở trạng thái \""
					+ after.status().label() + "\".");
			return "redirect:/ho-so/" + code;
		}
		catch (InvalidInputException ex) {
			return stepPage(model, dossier, step, form, PageErrors.byField(ex, ""));
		}
		catch (java.time.format.DateTimeParseException ex) {
			return stepPage(model, dossier, step, form, java.util.Map.of("newAppointmentAt", "Ngày hẹn mới không hợp lệ"));
		}
		catch (vn.motcua.shared.UnsupportedMediaTypeException | vn.motcua.shared.PayloadTooLargeException ex) {
			return stepPage(model, dossier, step, form, java.util.Map.of("resultFile", ex.getMessage()));
		}
		catch (ConflictException | ForbiddenException ex) {
			redirect.addFlashAttribute("actionError", ex.getMessage());
			return "redirect:/ho-so/" + code;
		}
	}

	/** A file of the dossier, shown in the browser (PDF and images) or downloaded. */
	@GetMapping("/{code}/tep/{fileId}")
	org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> file(@PathVariable String code,
			@PathVariable java.util.UUID fileId) {
		return DossierFiles.send(management.file(code, fileId), true);
	}

	/** A scan of one paper, attached at the desk or later. */
	@PostMapping("/{code}/giay-to")
	String attach(@PathVariable String code, @RequestParam(required = false) @Nullable String paperCode,
			@RequestParam(required = false) org.springframework.web.multipart.@Nullable MultipartFile scan,
			RedirectAttributes redirect) throws java.io.IOException {
		try {
			if (scan == null || scan.isEmpty()) {
				throw new InvalidInputException("scan", "Chọn tệp bản quét để tải lên");
			}
			management.attachPaper(code, paperCode, new DossierManagement.Upload(scan.getInputStream(),
					scan.getOriginalFilename()));
			redirect.addFlashAttribute("message", "Đã đính kèm bản quét vào hồ sơ.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("paperError", ex.errors().get(0).message());
		}
		catch (ConflictException | ForbiddenException | vn.motcua.shared.UnsupportedMediaTypeException
				| vn.motcua.shared.PayloadTooLargeException ex) {
			redirect.addFlashAttribute("paperError", ex.getMessage());
		}
		return "redirect:/ho-so/" + code;
	}

	/** Reuses a digitised paper of the same applicant's earlier dossier (tái sử dụng dữ liệu số hóa). */
	@PostMapping("/{code}/tai-su-dung")
	String reuse(@PathVariable String code, @RequestParam(required = false) @Nullable String componentCode,
			@RequestParam(required = false) @Nullable String fromDossier,
			@RequestParam(required = false) @Nullable String fromComponent, RedirectAttributes redirect) {
		try {
			if (componentCode == null || componentCode.isBlank() || fromDossier == null || fromDossier.isBlank()) {
				throw new InvalidInputException("componentCode", "Chọn giấy tờ của hồ sơ và giấy tờ cần tái sử dụng");
			}
			management.reuse(code, componentCode, fromDossier, fromComponent);
			redirect.addFlashAttribute("message", "Đã tái sử dụng giấy tờ đã số hóa của hồ sơ " + fromDossier + ".");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("paperError", ex.errors().get(0).message());
		}
		catch (ConflictException | ForbiddenException ex) {
			redirect.addFlashAttribute("paperError", ex.getMessage());
		}
		return "redirect:/ho-so/" + code;
	}

	/** Digitises the result: the file, issued electronically or a scan of the paper result. */
	@PostMapping("/{code}/so-hoa-ket-qua")
	String digitiseResult(@PathVariable String code, @RequestParam(required = false) @Nullable String resultForm,
			@RequestParam(required = false) org.springframework.web.multipart.@Nullable MultipartFile resultFile,
			RedirectAttributes redirect) throws java.io.IOException {
		try {
			if (resultFile == null || resultFile.isEmpty()) {
				throw new InvalidInputException("resultFile", "Chọn tệp kết quả để tải lên");
			}
			Dossier after = management.digitiseResult(code, new DossierManagement.Upload(resultFile.getInputStream(),
					resultFile.getOriginalFilename()), resultForm);
			redirect.addFlashAttribute("message", Dossier.RESULT_ELECTRONIC.equals(after.resultForm())
					? "Đã lưu kết quả điện tử (tệp ký số) của hồ sơ." : "Đã lưu bản chụp kết quả giấy của hồ sơ.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("resultError", ex.errors().get(0).message());
		}
		catch (ConflictException | ForbiddenException | vn.motcua.shared.UnsupportedMediaTypeException
				| vn.motcua.shared.PayloadTooLargeException ex) {
			redirect.addFlashAttribute("resultError", ex.getMessage());
		}
		return "redirect:/ho-so/" + code;
	}

	private String stepPage(Model model, Dossier dossier, DossierAction step, StepForm form,
			java.util.Map<String, String> errors) {
		model.addAttribute("dossier", queries.view(dossier));
		model.addAttribute("step", step);
		model.addAttribute("fields", StepForm.fieldsOf(step));
		model.addAttribute("confirm", StepForm.confirms(step));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		if (step == DossierAction.ASSIGN) {
			model.addAttribute("officers", management.processingOfficers(dossier));
		}
		return "dossier/step";
	}

	private @Nullable DossierAction allowed(Dossier dossier, String action) {
		return management.allowedActions(dossier)
			.stream()
			.filter(a -> a.name().equalsIgnoreCase(action))
			.findFirst()
			.orElse(null);
	}

	@OneTimeForm
	@PostMapping("/{code}/thanh-toan")
	String pay(@PathVariable String code, @RequestParam(required = false) @Nullable Long amountVnd,
			@RequestParam String method, @RequestParam(required = false) @Nullable String reference,
			RedirectAttributes redirect) {
		try {
			var payment = management.pay(code, new PaymentCommand(amountVnd, method, reference));
			redirect.addFlashAttribute("message", "Đã ghi nhận thu " + amountVnd + " đồng, biên lai " + payment.receiptNumber());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionError", ex.errors().get(0).message());
		}
		catch (ConflictException | ForbiddenException ex) {
			redirect.addFlashAttribute("actionError", ex.getMessage());
		}
		return "redirect:/ho-so/" + code;
	}

	/** The intake page around the form already in the model. */
	private String intakeForm(Model model) {
		model.addAttribute("procedures", management.receivableProcedures());
		return "dossier/intake";
	}
}
