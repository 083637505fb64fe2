package vn.motcua.catalogue.web;

import java.time.LocalDate;

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
import vn.motcua.identity.AgencyManagement;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.FormErrors;
import vn.motcua.shared.FormErrors.Refusal;
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
		model.addAttribute("form", DecisionForm.of(agencies.visible().stream().findFirst().map(a -> a.code()).orElse(null)));
		return form(model);
	}

	@PostMapping("/moi")
	String processCreate(@ModelAttribute("form") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormErrors.attempt(result, () -> {
			PublicationDecision saved = record(form);
			redirect.addFlashAttribute("message", "Đã nhập Quyết định số " + saved.number() + " công bố "
					+ saved.procedures().size() + " thủ tục");
			return "redirect:/quan-tri/quyet-dinh-cong-bo";
		}, () -> form(model), Refusal.of(ConflictException.class, "number"),
				Refusal.of(ForbiddenException.class, "agencyCode"));
	}

	/** Records the decision; a procedure's problem is renamed to the text area, naming its line. */
	private PublicationDecision record(DecisionForm form) {
		try {
			return decisions.record(form.command());
		}
		catch (InvalidInputException ex) {
			throw DecisionForm.onFormFields(ex);
		}
	}

	/** The form page around the form already in the model (a bound form keeps its errors). */
	private String form(Model model) {
		model.addAttribute("agencies", agencies.visible());
		return "catalogue/decision-form";
	}
}
