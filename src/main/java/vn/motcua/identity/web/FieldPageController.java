package vn.motcua.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.identity.Field;
import vn.motcua.identity.FieldManagement;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.FormErrors;
import vn.motcua.shared.FormErrors.Refusal;

/** Admin pages for fields (lĩnh vực): list with an add form, edit. */
@Controller
@RequestMapping("/quan-tri/linh-vuc")
class FieldPageController {

	private final FieldManagement fields;

	FieldPageController(FieldManagement fields) {
		this.fields = fields;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", FieldForm.empty());
		return fieldsPage(model);
	}

	@PostMapping
	String processCreate(@ModelAttribute("form") FieldForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormErrors.attempt(result, () -> {
			Field field = fields.create(form.command(form.code()));
			redirect.addFlashAttribute("message", "Đã thêm lĩnh vực " + field.name());
			return "redirect:/quan-tri/linh-vuc";
		}, () -> fieldsPage(model), Refusal.of(ConflictException.class, "code"));
	}

	@GetMapping("/{code}")
	String initUpdate(@PathVariable String code, Model model) {
		model.addAttribute("form", FieldForm.of(fields.get(code)));
		model.addAttribute("code", code);
		return "identity/field-form";
	}

	@PostMapping("/{code}")
	String processUpdate(@PathVariable String code, @ModelAttribute("form") FieldForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("code", code);
		return FormErrors.attempt(result, () -> {
			Field field = fields.update(code, form.command(code));
			redirect.addFlashAttribute("message", "Đã lưu lĩnh vực " + field.name());
			return "redirect:/quan-tri/linh-vuc";
		}, () -> "identity/field-form");
	}

	/** The list with the add form already in the model (a bound form keeps its errors). */
	private String fieldsPage(Model model) {
		model.addAttribute("fields", fields.all());
		return "identity/fields";
	}
}
