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

	/** The page form; values as typed, validated by the service. */
	public static class PasswordForm {

		private String currentPassword;

		private String newPassword;

		private String confirmPassword;

		public String getCurrentPassword() {
			return currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

		public String getNewPassword() {
			return newPassword;
		}

		public void setNewPassword(String newPassword) {
			this.newPassword = newPassword;
		}

		public String getConfirmPassword() {
			return confirmPassword;
		}

		public void setConfirmPassword(String confirmPassword) {
			this.confirmPassword = confirmPassword;
		}

	}

	@GetMapping("/tai-khoan/mat-khau")
	String initChange(Model model) {
		model.addAttribute("form", new PasswordForm());
		model.addAttribute("me", users.me());
		return "identity/password";
	}

	@PostMapping("/tai-khoan/mat-khau")
	String processChange(@ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "mismatch", "Mật khẩu nhập lại không khớp");
		}
		else {
			try {
				users.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword());
				redirect.addFlashAttribute("message", "Đã đổi mật khẩu");
				return "redirect:/tai-khoan/mat-khau";
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		form.setCurrentPassword(null);
		form.setNewPassword(null);
		form.setConfirmPassword(null);
		model.addAttribute("me", users.me());
		return "identity/password";
	}
}
