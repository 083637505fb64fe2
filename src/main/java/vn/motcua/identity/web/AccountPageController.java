package vn.motcua.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.identity.UserManagement;
import vn.motcua.shared.FormErrors;
import vn.motcua.shared.InvalidInputException;

/** The signed-in user's own password page. */
@Controller
class AccountPageController {

	private final UserManagement users;

	AccountPageController(UserManagement users) {
		this.users = users;
	}

	@GetMapping("/tai-khoan/mat-khau")
	String initChange(Model model) {
		model.addAttribute("form", PasswordForm.empty());
		model.addAttribute("me", users.me());
		return "identity/password";
	}

	@PostMapping("/tai-khoan/mat-khau")
	String processChange(@ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!form.confirmed()) {
			result.rejectValue("confirmPassword", "mismatch", "Mật khẩu nhập lại không khớp");
		}
		else {
			try {
				users.changeOwnPassword(form.currentPassword(), form.newPassword());
				redirect.addFlashAttribute("message", "Đã đổi mật khẩu");
				return "redirect:/tai-khoan/mat-khau";
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		model.addAttribute("me", users.me());
		return "identity/password";
	}
}
