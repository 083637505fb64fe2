package vn.motcua.dossier.web;

import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.motcua.dossier.DossierCommands.ApplicantData;
import vn.motcua.dossier.DossierCommands.ComponentData;
import vn.motcua.dossier.DossierCommands.IntakeCommand;
import vn.motcua.dossier.DossierCommands.PaymentCommand;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierQueries.Filter;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.ProcedureDirectory.PaperTerm;
import vn.motcua.dossier.ProcedureDirectory.ProcedureTerms;
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

	/** The page form; values as typed, validated by the service. */
	public static class PaperRow {

		private String code;

		private String name;

		private boolean required;

		private boolean original;

		private Integer copies;

		private boolean present;

		private org.springframework.web.multipart.@Nullable MultipartFile scan;

		public org.springframework.web.multipart.@Nullable MultipartFile getScan() {
			return scan;
		}

		public void setScan(org.springframework.web.multipart.@Nullable MultipartFile scan) {
			this.scan = scan;
		}

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public boolean isRequired() {
			return required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

		public boolean isOriginal() {
			return original;
		}

		public void setOriginal(boolean original) {
			this.original = original;
		}

		public Integer getCopies() {
			return copies;
		}

		public void setCopies(Integer copies) {
			this.copies = copies;
		}

		public boolean isPresent() {
			return present;
		}

		public void setPresent(boolean present) {
			this.present = present;
		}

	}

	/** The page form; values as typed, validated by the service. */
	public static class IntakeForm {

		private String procedureCode;

		private String channel;

		private String fullName;

		private String idNumber;

		private String phone;

		private String email;

		private String address;

		private String organisation;

		private String organisationTaxCode;

		private String organisationDecision;

		private String representative;

		private String postalTracking;

		private String reason;

		private String outcome;

		private List<PaperRow> papers;

		public String getProcedureCode() {
			return procedureCode;
		}

		public void setProcedureCode(String procedureCode) {
			this.procedureCode = procedureCode;
		}

		public String getChannel() {
			return channel;
		}

		public void setChannel(String channel) {
			this.channel = channel;
		}

		public String getFullName() {
			return fullName;
		}

		public void setFullName(String fullName) {
			this.fullName = fullName;
		}

		public String getIdNumber() {
			return idNumber;
		}

		public void setIdNumber(String idNumber) {
			this.idNumber = idNumber;
		}

		public String getPhone() {
			return phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getAddress() {
			return address;
		}

		public void setAddress(String address) {
			this.address = address;
		}

		public String getOrganisation() {
			return organisation;
		}

		public void setOrganisation(String organisation) {
			this.organisation = organisation;
		}

		public String getOrganisationTaxCode() {
			return organisationTaxCode;
		}

		public void setOrganisationTaxCode(String organisationTaxCode) {
			this.organisationTaxCode = organisationTaxCode;
		}

		public String getOrganisationDecision() {
			return organisationDecision;
		}

		public void setOrganisationDecision(String organisationDecision) {
			this.organisationDecision = organisationDecision;
		}

		public String getRepresentative() {
			return representative;
		}

		public void setRepresentative(String representative) {
			this.representative = representative;
		}

		public String getPostalTracking() {
			return postalTracking;
		}

		public void setPostalTracking(String postalTracking) {
			this.postalTracking = postalTracking;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		public String getOutcome() {
			return outcome;
		}

		public void setOutcome(String outcome) {
			this.outcome = outcome;
		}

		public List<PaperRow> getPapers() {
			return papers;
		}

		public void setPapers(List<PaperRow> papers) {
			this.papers = papers;
		}

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
		IntakeForm form = new IntakeForm();
		form.setChannel("DIRECT");
		form.setProcedureCode(procedureCode);
		form.setPapers(procedureCode == null ? new ArrayList<>() : papers(management.procedureForIntake(procedureCode)));
		return intakeForm(model, form);
	}

	@GetMapping("/tiep-nhan/thanh-phan")
	String paperChecklist(@RequestParam String procedureCode, Model model) {
		IntakeForm form = new IntakeForm();
		form.setPapers(papers(management.procedureForIntake(procedureCode)));
		model.addAttribute("form", form);
		return "dossier/intake :: papers";
	}

	@OneTimeForm
	@PostMapping("/tiep-nhan")
	String processIntake(@ModelAttribute("form") IntakeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) throws java.io.IOException {
		List<ComponentData> components = new ArrayList<>();
		java.util.Map<String, DossierManagement.Upload> scans = new java.util.LinkedHashMap<>();
		if (form.getPapers() != null) {
			for (PaperRow row : form.getPapers()) {
				boolean scanned = row.getScan() != null && !row.getScan().isEmpty();
				if (row.isPresent() || scanned) {
					row.setPresent(true);
					components.add(new ComponentData(row.getCode(), row.isOriginal(),
							row.getCopies() == null ? 1 : row.getCopies(), List.of(), null, null));
				}
				if (scanned) {
					scans.put(row.getCode(), new DossierManagement.Upload(row.getScan().getInputStream(),
							row.getScan().getOriginalFilename()));
				}
			}
		}
		IntakeCommand command = new IntakeCommand(form.getProcedureCode(), form.getChannel(),
				new ApplicantData(form.getFullName(), form.getIdNumber(), form.getPhone(), form.getEmail(),
						form.getAddress(), form.getOrganisation(), form.getOrganisationTaxCode(),
						form.getOrganisationDecision(), form.getRepresentative()),
				components, form.getPostalTracking(), null, form.getOutcome(), form.getReason());
		try {
			Dossier dossier = management.intakeWithScans(command, scans);
			redirect.addFlashAttribute("message", switch (dossier.status()) {
				case RECEIVED -> "Đã tiếp nhận hồ sơ " + dossier.code() + ". In giấy tiếp nhận và hẹn trả kết quả (Mẫu 01).";
				case AWAITING_SUPPLEMENT -> "Đã lập phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02) cho " + dossier.code() + ".";
				default -> "Đã lập phiếu từ chối tiếp nhận (Mẫu 03) cho " + dossier.code() + ".";
			});
			return "redirect:/ho-so/" + dossier.code();
		}
		catch (InvalidInputException ex) {
			if (ex.errors().stream().anyMatch(p -> "components".equals(p.field()))) {
				offerSupplementRequest(form, command, model);
			}
			for (InvalidInputException.FieldProblem problem : ex.errors()) {
				String field = switch (problem.field()) {
					default -> problem.field().startsWith("components") ? null
							: problem.field().startsWith("applicant.") ? problem.field().substring("applicant.".length())
									: problem.field();
				};
				if ("components".equals(problem.field()) && model.containsAttribute("missing")) {
					continue;
				}
				if (field != null && List.of("procedureCode", "channel", "fullName", "email", "idNumber", "organisation",
						"organisationTaxCode", "organisationDecision", "representative",
						"postalTracking", "reason", "outcome").contains(field)) {
					result.rejectValue(field, "invalid", problem.message());
				}
				else {
					result.reject("invalid", problem.message());
				}
			}
		}
		catch (ForbiddenException | ConflictException ex) {
			result.reject("invalid", ex.getMessage());
		}
		if (form.getProcedureCode() != null && !form.getProcedureCode().isBlank()
				&& (form.getPapers() == null || form.getPapers().isEmpty())) {
			try {
				form.setPapers(papers(management.procedureForIntake(form.getProcedureCode())));
			}
			catch (InvalidInputException ex) {
				form.setPapers(new ArrayList<>());
			}
		}
		return intakeForm(model, form);
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

	/**
	 * Required papers are missing: the desk cannot accept (Mẫu 01) but can ask for them (Mẫu 02); the page lists them
	 * and fills the request's content.
	 */
	private void offerSupplementRequest(IntakeForm form, IntakeCommand command, Model model) {
		List<PaperTerm> missing = management.missingPapers(command);
		model.addAttribute("missing", missing);
		if (form.getReason() == null || form.getReason().isBlank()) {
			form.setReason("Bổ sung: " + String.join("; ", missing.stream().map(PaperTerm::name).toList()));
		}
	}

	private String intakeForm(Model model, IntakeForm form) {
		model.addAttribute("form", form);
		model.addAttribute("procedures", management.receivableProcedures());
		return "dossier/intake";
	}

	private static List<PaperRow> papers(ProcedureTerms terms) {
		List<PaperRow> rows = new ArrayList<>();
		for (PaperTerm paper : terms.papers()) {
			PaperRow row = new PaperRow();
			row.setCode(paper.code());
			row.setName(paper.name());
			row.setRequired(paper.required());
			row.setCopies(paper.copies());
			row.setOriginal(true);
			rows.add(row);
		}
		return rows;
	}
}
