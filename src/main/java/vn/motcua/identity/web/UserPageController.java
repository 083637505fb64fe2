package vn.motcua.identity.web;

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
import vn.motcua.identity.UserManagement.UserView;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.FormErrors;
import vn.motcua.shared.FormErrors.Refusal;
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
		model.addAttribute("form", UserForm.empty());
		return form(model, null);
	}

	@PostMapping("/moi")
	String processCreate(@ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormErrors.attempt(result, () -> {
			UserView user = users.create(form.command(form.username()));
			redirect.addFlashAttribute("message", "Đã tạo tài khoản " + user.username());
			return "redirect:/quan-tri/nguoi-dung";
		}, () -> form(model, null), Refusal.of(ConflictException.class, "username"),
				Refusal.of(ForbiddenException.class, "roles"));
	}

	@GetMapping("/{username}")
	String initUpdate(@PathVariable String username, Model model) {
		UserView user = users.get(username);
		model.addAttribute("form", UserForm.of(user));
		model.addAttribute("user", user);
		return form(model, username);
	}

	@PostMapping("/{username}")
	String processUpdate(@PathVariable String username, @ModelAttribute("form") UserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormErrors.attempt(result, () -> {
			UserView user = users.update(username, form.command(username));
			redirect.addFlashAttribute("message", "Đã lưu tài khoản " + user.username());
			return "redirect:/quan-tri/nguoi-dung";
		}, () -> {
			model.addAttribute("user", users.get(username));
			return form(model, username);
		}, Refusal.of(ForbiddenException.class, "roles"));
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

	/** The form page around the form already in the model; {@code username} is the account edited ({@code null}: new). */
	private String form(Model model, @Nullable String username) {
		model.addAttribute("username", username);
		model.addAttribute("creating", username == null);
		model.addAttribute("agencies", agencies.visible());
		model.addAttribute("roles", users.roleLabels());
		return "identity/user-form";
	}
}
