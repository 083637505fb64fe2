package vn.motcua.survey.web;

import java.util.List;
import java.util.UUID;

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
import vn.motcua.identity.Agency;
import vn.motcua.identity.AgencyManagement;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.FormErrors;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.OneTimeForm;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.VietnamTime;
import vn.motcua.survey.SurveyManagement;

/**
 * The periodic satisfaction survey pages ({@code /khao-sat}): the responses of an agency, newest first, with paging;
 * a form to record one (who, when, the dossier if any, a score per question); corrections until the quarter closes.
 */
@Controller
@RequestMapping("/khao-sat")
class SurveyPageController {

	private final SurveyManagement surveys;

	private final AgencyManagement agencies;

	private final CurrentActor actor;

	private final java.time.Clock clock;

	SurveyPageController(SurveyManagement surveys, AgencyManagement agencies, CurrentActor actor,
			java.time.Clock clock) {
		this.clock = clock;
		this.surveys = surveys;
		this.agencies = agencies;
		this.actor = actor;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		String code = agency == null || agency.isBlank() ? home() : agency;
		var result = surveys.page(code, PageRequest.of(page, 20));
		model.addAttribute("result", result);
		model.addAttribute("editable", result.items().stream().filter(surveys::editable).map(r -> r.id()).toList());
		model.addAttribute("agency", code);
		model.addAttribute("agencies", agencies.visible());
		model.addAttribute("questions", SurveyManagement.QUESTIONS);
		return "survey/list";
	}

	@GetMapping("/moi")
	String initCreate(Model model) {
		return form(model, SurveyForm.of(home(), VietnamTime.now(clock).toLocalDateTime().withSecond(0).withNano(0)),
				null);
	}

	@PostMapping
	@OneTimeForm
	String processCreate(@ModelAttribute("form") SurveyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			SurveyManagement.Response saved = surveys.record(form.command(this::home));
			redirect.addFlashAttribute("message", "Đã ghi phiếu khảo sát của " + saved.respondent());
			return "redirect:/khao-sat?agency=" + saved.agencyCode();
		}
		catch (InvalidInputException ex) {
			reject(ex, result);
		}
		return form(model, form, null);
	}

	@GetMapping("/{id}/sua")
	String initUpdate(@PathVariable UUID id, Model model) {
		SurveyManagement.Response response = surveys.get(id);
		model.addAttribute("closed", !surveys.editable(response));
		return form(model, SurveyForm.of(response), id);
	}

	@PostMapping("/{id}")
	String processUpdate(@PathVariable UUID id, @ModelAttribute("form") SurveyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			SurveyManagement.Response saved = surveys.update(id, form.command(this::home));
			redirect.addFlashAttribute("message", "Đã sửa phiếu khảo sát của " + saved.respondent());
			return "redirect:/khao-sat?agency=" + saved.agencyCode();
		}
		catch (InvalidInputException ex) {
			reject(ex, result);
		}
		catch (ConflictException ex) {
			result.reject("closed", ex.getMessage());
		}
		return form(model, form, id);
	}

	private String form(Model model, SurveyForm form, @Nullable UUID id) {
		model.addAttribute("form", form);
		model.addAttribute("id", id);
		model.addAttribute("agencies", agencies.visible());
		model.addAttribute("questions", SurveyManagement.QUESTIONS);
		return "survey/form";
	}

	/** Puts each message beside its field; a score's message beside its question. */
	private static void reject(InvalidInputException ex, BindingResult result) {
		List<InvalidInputException.FieldProblem> others = new java.util.ArrayList<>();
		for (InvalidInputException.FieldProblem problem : ex.errors()) {
			if (problem.field().startsWith("scores.")) {
				result.rejectValue("scores[" + problem.field().substring(7) + "]", "invalid", problem.message());
			}
			else {
				others.add(problem);
			}
		}
		if (!others.isEmpty()) {
			FormErrors.apply(new InvalidInputException(others), result);
		}
	}

	private String home() {
		UUID id = actor.agencyId();
		List<Agency> visible = agencies.visible();
		return visible.stream().filter(a -> a.id().equals(id)).findFirst()
			.or(() -> visible.stream().findFirst())
			.map(Agency::code)
			.orElseThrow(() -> new InvalidInputException("agency", "Tài khoản chưa thuộc đơn vị nào"));
	}
}
