package vn.motcua.catalogue.web;

import java.time.Clock;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import vn.motcua.catalogue.CatalogueTransfer;
import vn.motcua.catalogue.ProcedureFilter;
import vn.motcua.catalogue.ProcedureManagement;
import vn.motcua.catalogue.ProcedureStatus;
import vn.motcua.catalogue.ProcedureManagement.TemplateUpload;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.identity.AgencyManagement;
import vn.motcua.identity.FieldDirectory;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.FormErrors;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.Roles;
import vn.motcua.shared.VietnamTime;

/**
 * Staff pages of the catalogue: list, create, edit (a new version from a date), publish and repeal, the version
 * history with what changed, import and export. The services decide who may do what (administrators of the
 * procedure's agency); a page refused by them answers 403.
 */
@Controller
@RequestMapping("/quan-tri/thu-tuc")
class ProcedurePageController {

	private static final String FORM = "catalogue/form";

	private final ProcedureManagement procedures;

	private final CatalogueTransfer transfer;

	private final AgencyManagement agencies;

	private final FieldDirectory fields;

	private final Clock clock;

	ProcedurePageController(ProcedureManagement procedures, CatalogueTransfer transfer, AgencyManagement agencies,
			FieldDirectory fields, Clock clock) {
		this.clock = clock;
		this.procedures = procedures;
		this.transfer = transfer;
		this.agencies = agencies;
		this.fields = fields;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String online,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		ProcedureFilter filter = new ProcedureFilter(q, field, agency, online);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("filter", filter);
		model.addAttribute("choices", procedures.choices());
		model.addAttribute("result", procedures.search(filter, PageRequest.of(page, 25)));
		return "catalogue/list";
	}

	@GetMapping("/moi")
	String initCreate(Model model) {
		procedures.checkAdministrator();
		String agency = agencies.visible().stream().findFirst().map(a -> a.code()).orElse(null);
		model.addAttribute("form", ProcedureForm.empty(agency, VietnamTime.today(clock)));
		return form(model, null);
	}

	@PostMapping("/moi")
	String processCreate(@ModelAttribute("form") ProcedureForm form, BindingResult result,
			@RequestParam(name = "templateFile", required = false) @Nullable MultipartFile templateFile, Model model,
			RedirectAttributes redirect) throws IOException {
		return save(null, form, result, templateFile, model, redirect);
	}

	@GetMapping("/{code}")
	String detail(@PathVariable String code, Model model) {
		List<ProcedureManagement.VersionChanges> rows = procedures.changes(code);
		ProcedureVersion latest = rows.get(0).version();
		model.addAttribute("p", latest);
		model.addAttribute("canEdit", procedures.canEdit(latest));
		model.addAttribute("versions", rows);
		return "catalogue/detail";
	}

	@GetMapping("/{code}/sua")
	String initUpdate(@PathVariable String code, Model model) {
		model.addAttribute("form", ProcedureForm.of(procedures.editable(code)));
		return form(model, code);
	}

	@PostMapping("/{code}/sua")
	String processUpdate(@PathVariable String code, @ModelAttribute("form") ProcedureForm form, BindingResult result,
			@RequestParam(name = "templateFile", required = false) @Nullable MultipartFile templateFile, Model model,
			RedirectAttributes redirect) throws IOException {
		return save(code, form, result, templateFile, model, redirect);
	}

	@PostMapping("/{code}/trang-thai")
	String status(@PathVariable String code, @RequestParam String status,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			RedirectAttributes redirect) {
		ProcedureVersion v = procedures.changeStatus(code, status, from);
		redirect.addFlashAttribute("message", v.status() == ProcedureStatus.REPEALED ? "Đã bãi bỏ thủ tục " + code
				: "Đã công bố thủ tục " + code);
		return "redirect:/quan-tri/thu-tuc/" + code;
	}

	@GetMapping("/nhap-xuat")
	String transferPage(Model model) {
		model.addAttribute("agencies", agencies.visible());
		return "catalogue/transfer";
	}

	@PostMapping("/nhap-xuat")
	String importFile(@RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String agency, Model model) throws IOException {
		model.addAttribute("agencies", agencies.visible());
		try {
			CatalogueTransfer.ImportResult imported = transfer.importFile(file.getBytes(),
					agency == null || agency.isBlank() ? null : agency);
			model.addAttribute("imported", imported);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.errors());
		}
		return "catalogue/transfer";
	}

	@GetMapping("/xuat")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "xlsx") String format,
			@RequestParam(required = false) @Nullable String agency) {
		String a = agency == null || agency.isBlank() ? null : agency;
		return "json".equalsIgnoreCase(format)
				? ProcedureApiController.file(transfer.exportJson(a), "danh-muc-thu-tuc.json", MediaType.APPLICATION_JSON)
				: ProcedureApiController.file(transfer.exportXlsx(a), "danh-muc-thu-tuc.xlsx",
						MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@GetMapping("/mau-nhap")
	ResponseEntity<byte[]> template() {
		return ProcedureApiController.file(transfer.template(), "mau-nhap-thu-tuc.xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	/**
	 * Saves the form: every refusal lands beside its field ({@link FormErrors}), a conflict beside the code, and an
	 * agency the caller may not edit beside the agency (403 on an edit page, whose agency is fixed).
	 */
	private String save(@Nullable String code, ProcedureForm form, BindingResult result,
			@Nullable MultipartFile templateFile, Model model, RedirectAttributes redirect) throws IOException {
		ProcedureForm sent = code == null ? form : form.withCode(code);
		try {
			TemplateUpload upload = templateFile == null || templateFile.isEmpty() ? null
					: new TemplateUpload(sent.templateFor(), templateFile.getInputStream(),
							templateFile.getOriginalFilename());
			ProcedureVersion saved = procedures.save(code, sent.toCommand(), upload);
			redirect.addFlashAttribute("message", code == null ? "Đã thêm thủ tục " + saved.code()
					: "Đã lưu phiên bản " + saved.version() + " của thủ tục " + saved.code());
			return "redirect:/quan-tri/thu-tuc/" + saved.code();
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ProcedureForm.onFormFields(ex), result);
		}
		catch (ConflictException ex) {
			FormErrors.apply(ex, "code", result);
		}
		catch (ForbiddenException ex) {
			if (code != null) {
				throw ex;
			}
			FormErrors.apply(ex, "agencyCode", result);
		}
		return form(model, code);
	}

	/** The form page around the form already in the model (a bound form keeps its errors). */
	private String form(Model model, @Nullable String code) {
		model.addAttribute("code", code);
		model.addAttribute("creating", code == null);
		model.addAttribute("agencies", agencies.visible());
		model.addAttribute("fields", fields.findAll());
		model.addAttribute("applicantTypes", ProcedureManagement.APPLICANT_TYPES);
		model.addAttribute("roles", Roles.ALL);
		return FORM;
	}
}
