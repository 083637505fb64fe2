package vn.motcua.identity.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.identity.AgencyManagement;
import vn.motcua.identity.UserManagement;
import vn.motcua.identity.UserManagement.UserCommand;
import vn.motcua.identity.UserManagement.UserView;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.FormErrors;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.PageRequest;

/** Admin pages for staff accounts: searchable list (live with htmx), create, edit, unlock, set password. */
@Controller
@RequestMapping("/quan-tri/nguoi-dung")
class UserPageController {

	private final UserManagement users;

	private final AgencyManagement agencies;

	UserPageController(UserManagement users, AgencyManagement agencies) {
		this.users = users;
		this.agencies = agencies;
	}

	/** The page form; values as typed, validated by the service. */
	public static class UserForm {

		private String username;

		private String fullName;

		private String email;

		private String password;

		private String agencyCode;

		private List<String> roles;

		private boolean enabled;

		public String getUsername() {
			return username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getFullName() {
			return fullName;
		}

		public void setFullName(String fullName) {
			this.fullName = fullName;
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getAgencyCode() {
			return agencyCode;
		}

		public void setAgencyCode(String agencyCode) {
			this.agencyCode = agencyCode;
		}

		public List<String> getRoles() {
			return roles;
		}

		public void setRoles(List<String> roles) {
			this.roles = roles;
		}

		public boolean isEnabled() {
			return enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("result", users.search(q, PageRequest.of(page, 20)));
		return htmx != null ? "identity/users :: results" : "identity/users";
	}

	@GetMapping("/moi")
	String initCreate(Model model) {
		UserForm form = new UserForm();
		form.setEnabled(true);
		form.setRoles(new ArrayList<>());
		return form(model, form, true);
	}

	@PostMapping("/moi")
	String processCreate(@ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			UserView user = users.create(command(form));
			redirect.addFlashAttribute("message", "Đã tạo tài khoản " + user.username());
			return "redirect:/quan-tri/nguoi-dung";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
		}
		catch (ConflictException ex) {
			FormErrors.apply(ex, "username", result);
		}
		catch (ForbiddenException ex) {
			FormErrors.apply(ex, "roles", result);
		}
		return form(model, form, true);
	}

	@GetMapping("/{username}")
	String initUpdate(@PathVariable String username, Model model) {
		UserView user = users.get(username);
		UserForm form = new UserForm();
		form.setUsername(user.username());
		form.setFullName(user.fullName());
		form.setEmail(user.email());
		form.setAgencyCode(user.agencyCode());
		form.setRoles(new ArrayList<>(user.roles()));
		form.setEnabled(user.enabled());
		model.addAttribute("user", user);
		return form(model, form, false);
	}

	@PostMapping("/{username}")
	String processUpdate(@PathVariable String username, @ModelAttribute("form") UserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		form.setUsername(username);
		try {
			UserView user = users.update(username, command(form));
			redirect.addFlashAttribute("message", "Đã lưu tài khoản " + user.username());
			return "redirect:/quan-tri/nguoi-dung";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
		}
		catch (ForbiddenException ex) {
			FormErrors.apply(ex, "roles", result);
		}
		model.addAttribute("user", users.get(username));
		return form(model, form, false);
	}

	@PostMapping("/{username}/mo-khoa")
	String unlock(@PathVariable String username, RedirectAttributes redirect) {
		users.unlock(username);
		redirect.addFlashAttribute("message", "Đã mở khóa tài khoản " + username);
		return "redirect:/quan-tri/nguoi-dung/" + username;
	}

	@PostMapping("/{username}/mat-khau")
	String resetPassword(@PathVariable String username, @RequestParam String newPassword,
			RedirectAttributes redirect) {
		try {
			users.resetPassword(username, newPassword);
			redirect.addFlashAttribute("message", "Đã đặt mật khẩu mới cho " + username);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("passwordError", ex.errors().get(0).message());
		}
		return "redirect:/quan-tri/nguoi-dung/" + username;
	}

	private static UserCommand command(UserForm form) {
		List<String> roles = form.getRoles() == null ? List.of() : form.getRoles();
		return new UserCommand(form.getUsername(), form.getFullName(), form.getEmail(), form.getPassword(),
				form.getAgencyCode(), roles, form.isEnabled());
	}

	private String form(Model model, UserForm form, boolean creating) {
		if (form.getRoles() == null) {
			form.setRoles(new ArrayList<>());
		}
		model.addAttribute("form", form);
		model.addAttribute("creating", creating);
		model.addAttribute("agencies", agencies.visible());
		model.addAttribute("roles", users.roleLabels());
		return "identity/user-form";
	}
}
