package vn.motcua.catalogue.web;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.catalogue.PublicationDecision;
import vn.motcua.catalogue.PublicationDecisionManagement;
import vn.motcua.catalogue.PublicationDecisionManagement.DecisionCommand;
import vn.motcua.catalogue.PublicationDecisionManagement.DecisionItem;
import vn.motcua.identity.AgencyManagement;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.InvalidInputException;

/** Staff pages for publication decisions: the list of the caller's agencies and the form to enter one. */
@Controller
@RequestMapping("/quan-tri/quyet-dinh-cong-bo")
class PublicationDecisionPageController {

	private final PublicationDecisionManagement decisions;

	private final AgencyManagement agencies;

	PublicationDecisionPageController(PublicationDecisionManagement decisions, AgencyManagement agencies) {
		this.decisions = decisions;
		this.agencies = agencies;
	}

	/** The page form; the procedures one per line: "mã | NEW / AMENDED / REPEALED". */
	public static class DecisionForm {

		private String number = "";

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate signedOn;

		private String agencyCode = "";

		private String signer = "";

		private String legalDocuments = "";

		private String procedures = "";

		DecisionCommand toCommand() {
			List<DecisionItem> items = new ArrayList<>();
			for (String line : procedures.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
				String[] parts = line.split("\\|");
				String change = parts.length > 1 ? parts[1].strip() : "";
				change = switch (vn.motcua.shared.VietnameseText.fold(change)) {
					case "moi", "ban hanh moi", "new" -> "NEW";
					case "sua doi", "sua doi, bo sung", "sua doi bo sung", "amended" -> "AMENDED";
					case "bai bo", "repealed" -> "REPEALED";
					default -> change;
				};
				items.add(new DecisionItem(parts[0].strip(), change));
			}
			return new DecisionCommand(number, signedOn, agencyCode, signer,
					legalDocuments.lines().map(String::strip).filter(l -> !l.isEmpty()).toList(), items);
		}

		public String getNumber() { return number; }
		public void setNumber(String number) { this.number = number; }
		public LocalDate getSignedOn() { return signedOn; }
		public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
		public String getAgencyCode() { return agencyCode; }
		public void setAgencyCode(String agencyCode) { this.agencyCode = agencyCode; }
		public String getSigner() { return signer; }
		public void setSigner(String signer) { this.signer = signer; }
		public String getLegalDocuments() { return legalDocuments; }
		public void setLegalDocuments(String legalDocuments) { this.legalDocuments = legalDocuments; }
		public String getProcedures() { return procedures; }
		public void setProcedures(String procedures) { this.procedures = procedures; }
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Model model) {
		model.addAttribute("decisions", decisions.search(agency, from, to));
		model.addAttribute("agencies", agencies.visible());
		model.addAttribute("agency", agency == null ? "" : agency);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "catalogue/decisions";
	}

	@GetMapping("/moi")
	String initCreate(Model model) {
		decisions.checkWriter();
		DecisionForm form = new DecisionForm();
		agencies.visible().stream().findFirst().ifPresent(a -> form.setAgencyCode(a.code()));
		return form(model, form);
	}

	@PostMapping("/moi")
	String processCreate(@ModelAttribute("form") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			PublicationDecision saved = decisions.record(form.toCommand());
			redirect.addFlashAttribute("message", "Đã nhập Quyết định số " + saved.number() + " công bố "
					+ saved.procedures().size() + " thủ tục");
			return "redirect:/quan-tri/quyet-dinh-cong-bo";
		}
		catch (InvalidInputException ex) {
			for (InvalidInputException.FieldProblem p : ex.errors()) {
				String field = p.field().startsWith("procedures") ? "procedures" : p.field();
				if (List.of("number", "signedOn", "agencyCode", "signer", "procedures").contains(field)) {
					result.rejectValue(field, "invalid", p.field().startsWith("procedures[")
							? "Dòng " + (Integer.parseInt(p.field().replaceAll("\\D+", " ").trim().split(" ")[0]) + 1)
									+ ": " + p.message()
							: p.message());
				}
				else {
					result.reject("invalid", p.message());
				}
			}
		}
		catch (ConflictException ex) {
			result.rejectValue("number", "invalid", ex.getMessage());
		}
		catch (ForbiddenException ex) {
			result.rejectValue("agencyCode", "invalid", ex.getMessage());
		}
		return form(model, form);
	}

	private String form(Model model, DecisionForm form) {
		model.addAttribute("form", form);
		model.addAttribute("agencies", agencies.visible());
		return "catalogue/decision-form";
	}
}
