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
import vn.motcua.dossier.DossierCommands.ActionCommand;
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

	/** The page form; values as typed, validated by the service. */
	public static class ActionForm {

		private String action;

		private String reason;

		private String note;

		private String assignee;

		private String agencyCode;

		private String newAppointmentAt;

		private String returnMethod;

		private String returnedTo;

		public String getAction() {
			return action;
		}

		public void setAction(String action) {
			this.action = action;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public String getAssignee() {
			return assignee;
		}

		public void setAssignee(String assignee) {
			this.assignee = assignee;
		}

		public String getAgencyCode() {
			return agencyCode;
		}

		public void setAgencyCode(String agencyCode) {
			this.agencyCode = agencyCode;
		}

		public String getNewAppointmentAt() {
			return newAppointmentAt;
		}

		public void setNewAppointmentAt(String newAppointmentAt) {
			this.newAppointmentAt = newAppointmentAt;
		}

		public String getReturnMethod() {
			return returnMethod;
		}

		public void setReturnMethod(String returnMethod) {
			this.returnMethod = returnMethod;
		}

		public String getReturnedTo() {
			return returnedTo;
		}

		public void setReturnedTo(String returnedTo) {
			this.returnedTo = returnedTo;
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

	@PostMapping("/tiep-nhan")
	String processIntake(@ModelAttribute("form") IntakeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		List<ComponentData> components = new ArrayList<>();
		if (form.getPapers() != null) {
			for (PaperRow row : form.getPapers()) {
				if (row.isPresent()) {
					components.add(new ComponentData(row.getCode(), row.isOriginal(),
							row.getCopies() == null ? 1 : row.getCopies(), List.of(), null, null));
				}
			}
		}
		try {
			Dossier dossier = management.intake(new IntakeCommand(form.getProcedureCode(), form.getChannel(),
					new ApplicantData(form.getFullName(), form.getIdNumber(), form.getPhone(), form.getEmail(),
							form.getAddress(), form.getOrganisation()),
					components, form.getPostalTracking(), null, form.getOutcome(), form.getReason()));
			redirect.addFlashAttribute("message", switch (dossier.status()) {
				case RECEIVED -> "Đã tiếp nhận hồ sơ " + dossier.code() + ". In giấy tiếp nhận và hẹn trả kết quả (Mẫu 01).";
				case AWAITING_SUPPLEMENT -> "Đã lập phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02) cho " + dossier.code() + ".";
				default -> "Đã lập phiếu từ chối tiếp nhận (Mẫu 03) cho " + dossier.code() + ".";
			});
			return "redirect:/ho-so/" + dossier.code();
		}
		catch (InvalidInputException ex) {
			for (InvalidInputException.FieldProblem problem : ex.errors()) {
				String field = switch (problem.field()) {
					case "applicant.fullName" -> "fullName";
					case "applicant.email" -> "email";
					case "applicant.idNumber" -> "idNumber";
					default -> problem.field().startsWith("components") ? null : problem.field();
				};
				if (field != null && List.of("procedureCode", "channel", "fullName", "email", "idNumber",
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
		Dossier dossier = management.visible(code);
		model.addAttribute("dossier", queries.view(dossier));
		model.addAttribute("actions", management.allowedActions(dossier));
		model.addAttribute("officers", management.processingOfficers(dossier));
		model.addAttribute("payments", management.payments(code));
		if (!model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm", new ActionForm());
		}
		return "dossier/detail";
	}

	@PostMapping("/{code}/thao-tac")
	String act(@PathVariable String code, @ModelAttribute("actionForm") ActionForm form,
			@RequestParam(required = false) org.springframework.web.multipart.@Nullable MultipartFile resultFile,
			RedirectAttributes redirect) throws java.io.IOException {
		try {
			java.time.OffsetDateTime newAppointment = form.getNewAppointmentAt() == null
					|| form.getNewAppointmentAt().isBlank() ? null
							: java.time.LocalDateTime.parse(form.getNewAppointmentAt())
								.atZone(Dossier.ZONE)
								.toOffsetDateTime();
			DossierManagement.Upload upload = resultFile == null || resultFile.isEmpty() ? null
					: new DossierManagement.Upload(resultFile.getInputStream(), resultFile.getOriginalFilename());
			Dossier dossier = management.actWithResult(code, new ActionCommand(form.getAction(), form.getReason(),
					form.getNote(), form.getAssignee(), form.getAgencyCode(), newAppointment, form.getReturnMethod(),
					form.getReturnedTo()), upload);
			redirect.addFlashAttribute("message", "Đã thực hiện. Hồ sơ đang ở trạng thái \"" + dossier.status().label() + "\".");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionError", ex.errors().get(0).message());
			redirect.addFlashAttribute("actionForm", form);
		}
		catch (ConflictException | ForbiddenException | vn.motcua.shared.UnsupportedMediaTypeException
				| vn.motcua.shared.PayloadTooLargeException ex) {
			redirect.addFlashAttribute("actionError", ex.getMessage());
		}
		catch (java.time.format.DateTimeParseException ex) {
			redirect.addFlashAttribute("actionError", "Ngày hẹn mới không hợp lệ");
		}
		return "redirect:/ho-so/" + code;
	}

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
