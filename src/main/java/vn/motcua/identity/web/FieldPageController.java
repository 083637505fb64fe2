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
import vn.motcua.identity.FieldManagement.FieldCommand;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.FormErrors;
import vn.motcua.shared.InvalidInputException;

/** Admin pages for fields (lĩnh vực): list with an add form, edit. */
@Controller
@RequestMapping("/quan-tri/linh-vuc")
class FieldPageController {

	private final FieldManagement fields;

	FieldPageController(FieldManagement fields) {
		this.fields = fields;
	}

	/** The page form; values as typed, validated by the service. */
	public static class FieldForm {

		private String code;

		private String name;

		private boolean active;

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

		public boolean isActive() {
			return active;
		}

		public void setActive(boolean active) {
			this.active = active;
		}

	}

	@GetMapping
	String list(Model model) {
		FieldForm form = new FieldForm();
		form.setActive(true);
		return list(model, form);
	}

	@PostMapping
	String processCreate(@ModelAttribute("form") FieldForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			Field field = fields.create(new FieldCommand(form.getCode(), form.getName(), form.isActive()));
			redirect.addFlashAttribute("message", "Đã thêm lĩnh vực " + field.name());
			return "redirect:/quan-tri/linh-vuc";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
		}
		catch (ConflictException ex) {
			FormErrors.apply(ex, "code", result);
		}
		return list(model, form);
	}

	@GetMapping("/{code}")
	String initUpdate(@PathVariable String code, Model model) {
		Field field = fields.get(code);
		FieldForm form = new FieldForm();
		form.setCode(field.code());
		form.setName(field.name());
		form.setActive(field.active());
		model.addAttribute("form", form);
		return "identity/field-form";
	}

	@PostMapping("/{code}")
	String processUpdate(@PathVariable String code, @ModelAttribute("form") FieldForm form, BindingResult result,
			RedirectAttributes redirect) {
		form.setCode(code);
		try {
			Field field = fields.update(code, new FieldCommand(code, form.getName(), form.isActive()));
			redirect.addFlashAttribute("message", "Đã lưu lĩnh vực " + field.name());
			return "redirect:/quan-tri/linh-vuc";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
		}
		return "identity/field-form";
	}

	private String list(Model model, FieldForm form) {
		model.addAttribute("fields", fields.all());
		model.addAttribute("form", form);
		return "identity/fields";
	}
}
