package vn.motcua.identity;

import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.InvalidInputException.FieldProblem;

/** Passwords: 8 to 100 characters with at least one letter and one digit. */
final class PasswordPolicy {

	private PasswordPolicy() {
	}

	static void check(String field, @Nullable String password, List<FieldProblem> errors) {
		if (password == null || password.isEmpty()) {
			errors.add(new FieldProblem(field, "Không được để trống"));
		}
		else if (password.length() < 8 || password.length() > 100) {
			errors.add(new FieldProblem(field, "Mật khẩu phải dài từ 8 đến 100 ký tự"));
		}
		else if (!password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
			errors.add(new FieldProblem(field, "Mật khẩu phải có cả chữ và số"));
		}
	}
}
