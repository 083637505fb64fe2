package vn.motcua.identity.web;

import org.jspecify.annotations.Nullable;

/** The own-password form, as typed; the page never shows the passwords again. */
record PasswordForm(@Nullable String currentPassword, @Nullable String newPassword,
		@Nullable String confirmPassword) {

	static PasswordForm empty() {
		return new PasswordForm(null, null, null);
	}

	/** Whether the new password was typed the same twice. */
	boolean confirmed() {
		return newPassword == null || newPassword.equals(confirmPassword);
	}
}
