package vn.motcua.identity.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import vn.motcua.identity.AgencyManagement.AgencyCommand;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.FormErrors;
import vn.motcua.shared.InvalidInputException;

/** Admin pages for agencies: list as a tree, create, edit. */
@Controller
@RequestMapping("/quan-tri/co-quan")
class AgencyPageController {

	private static final String FORM = "identity/agency-form";

	private final AgencyManagement agencies;

	AgencyPageController(AgencyManagement agencies) {
		this.agencies = agencies;
	}

	/** The page form; values as typed, validated by the service. */
	public static class AgencyForm {

		private String code;

		private String name;

		private String shortName;

		private String identifierCode;

		private String level;

		private String parentCode;

		private String address;

		private String phone;

		private String email;

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

		public String getShortName() {
			return shortName;
		}

		public void setShortName(String shortName) {
			this.shortName = shortName;
		}

		public String getIdentifierCode() {
			return identifierCode;
		}

		public void setIdentifierCode(String identifierCode) {
			this.identifierCode = identifierCode;
		}

		public String getLevel() {
			return level;
		}

		public void setLevel(String level) {
			this.level = level;
		}

		public String getParentCode() {
			return parentCode;
		}

		public void setParentCode(String parentCode) {
			this.parentCode = parentCode;
		}

		public String getAddress() {
			return address;
		}

		public void setAddress(String address) {
			this.address = address;
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

		public boolean isActive() {
			return active;
		}

		public void setActive(boolean active) {
			this.active = active;
		}

			AgencyCommand toCommand() {
			return new AgencyCommand(code, name, shortName, identifierCode, level, parentCode, address, phone, email,
					active);
		}

		static AgencyForm of(Agency agency, String parentCode) {
			AgencyForm form = new AgencyForm();
			form.code = agency.code();
			form.name = agency.name();
			form.shortName = agency.shortName();
			form.identifierCode = agency.identifierCode();
			form.level = agency.level().name();
			form.parentCode = parentCode;
			form.address = agency.address();
			form.phone = agency.phone();
			form.email = agency.email();
			form.active = agency.active();
			return form;
		}
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
		AgencyForm form = new AgencyForm();
		form.setLevel("PROVINCE");
		form.setActive(true);
		return form(model, form, true);
	}

	@PostMapping("/moi")
	String processCreate(@ModelAttribute("form") AgencyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			Agency created = agencies.create(form.toCommand());
			redirect.addFlashAttribute("message", "Đã thêm cơ quan " + created.name());
			return "redirect:/quan-tri/co-quan";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
		}
		catch (ConflictException ex) {
			FormErrors.apply(ex, ex.getMessage().contains("định danh") ? "identifierCode" : "code", result);
		}
		catch (ForbiddenException ex) {
			FormErrors.apply(ex, null, result);
		}
		return form(model, form, true);
	}

	@GetMapping("/{code}")
	String initUpdate(@PathVariable String code, Model model) {
		Agency agency = agencies.get(code);
		String parent = agencies.parentCode(agency);
		return form(model, AgencyForm.of(agency, parent == null ? "" : parent), false);
	}

	@PostMapping("/{code}")
	String processUpdate(@PathVariable String code, @ModelAttribute("form") AgencyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			Agency updated = agencies.update(code, form.toCommand());
			redirect.addFlashAttribute("message", "Đã lưu cơ quan " + updated.name());
			return "redirect:/quan-tri/co-quan";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
		}
		catch (ConflictException ex) {
			FormErrors.apply(ex, "identifierCode", result);
		}
		catch (ForbiddenException ex) {
			FormErrors.apply(ex, null, result);
		}
		form.setCode(code);
		return form(model, form, false);
	}

	private String form(Model model, AgencyForm form, boolean creating) {
		model.addAttribute("form", form);
		model.addAttribute("creating", creating);
		model.addAttribute("levels", AgencyLevel.values());
		model.addAttribute("parents", agencies.visible().stream().filter(a -> !a.code().equals(form.getCode())).toList());
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
