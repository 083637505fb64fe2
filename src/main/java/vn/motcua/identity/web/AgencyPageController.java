package vn.motcua.identity.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.identity.Agency;
import vn.motcua.identity.AgencyLevel;
import vn.motcua.identity.AgencyManagement;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.FormErrors;
import vn.motcua.shared.FormErrors.Refusal;

/** Admin pages for agencies: list as a tree, create, edit. */
@Controller
@RequestMapping("/quan-tri/co-quan")
class AgencyPageController {

	private static final String FORM = "identity/agency-form";

	private final AgencyManagement agencies;

	AgencyPageController(AgencyManagement agencies) {
		this.agencies = agencies;
	}

	/** One row of the tree: the agency and its depth. */
	record Row(Agency agency, int depth, String parentName) {
	}

	@GetMapping
	String list(Model model) {
		List<Agency> visible = agencies.visible();
		model.addAttribute("rows", tree(visible));
		return "identity/agencies";
	}

	@GetMapping("/moi")
	String initCreate(Model model) {
		model.addAttribute("form", AgencyForm.empty());
		return form(model, null);
	}

	@PostMapping("/moi")
	String processCreate(@ModelAttribute("form") AgencyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormErrors.attempt(result, () -> {
			Agency created = agencies.create(form.command());
			redirect.addFlashAttribute("message", "Đã thêm cơ quan " + created.name());
			return "redirect:/quan-tri/co-quan";
		}, () -> form(model, null),
				new Refusal(ConflictException.class, ex -> ex.getMessage().contains("định danh") ? "identifierCode" : "code"),
				Refusal.of(ForbiddenException.class, null));
	}

	@GetMapping("/{code}")
	String initUpdate(@PathVariable String code, Model model) {
		Agency agency = agencies.get(code);
		String parent = agencies.parentCode(agency);
		model.addAttribute("form", AgencyForm.of(agency, parent));
		return form(model, code);
	}

	@PostMapping("/{code}")
	String processUpdate(@PathVariable String code, @ModelAttribute("form") AgencyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormErrors.attempt(result, () -> {
			Agency updated = agencies.update(code, form.command());
			redirect.addFlashAttribute("message", "Đã lưu cơ quan " + updated.name());
			return "redirect:/quan-tri/co-quan";
		}, () -> form(model, code), Refusal.of(ConflictException.class, "identifierCode"),
				Refusal.of(ForbiddenException.class, null));
	}

	/** The form page around the form already in the model; {@code code} is the agency edited ({@code null}: new). */
	private String form(Model model, @Nullable String code) {
		model.addAttribute("code", code);
		model.addAttribute("creating", code == null);
		model.addAttribute("levels", AgencyLevel.values());
		model.addAttribute("parents", agencies.visible().stream().filter(a -> !a.code().equals(code)).toList());
		return FORM;
	}

	static List<Row> tree(List<Agency> agencies) {
		Map<UUID, Agency> byId = agencies.stream().collect(Collectors.toMap(Agency::id, Function.identity()));
		Map<UUID, List<Agency>> children = agencies.stream()
			.filter(a -> a.parentId() != null && byId.containsKey(a.parentId()))
			.collect(Collectors.groupingBy(Agency::parentId));
		List<Row> rows = new java.util.ArrayList<>();
		agencies.stream()
			.filter(a -> a.parentId() == null || !byId.containsKey(a.parentId()))
			.forEach(root -> add(root, 0, byId, children, rows));
		return rows;
	}

	private static void add(Agency agency, int depth, Map<UUID, Agency> byId, Map<UUID, List<Agency>> children,
			List<Row> rows) {
		Agency parent = agency.parentId() == null ? null : byId.get(agency.parentId());
		rows.add(new Row(agency, depth, parent == null ? "" : parent.name()));
		children.getOrDefault(agency.id(), List.of()).forEach(child -> add(child, depth + 1, byId, children, rows));
	}
}
