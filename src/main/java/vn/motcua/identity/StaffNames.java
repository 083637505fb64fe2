package vn.motcua.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full names for pages: {@code ${@staffNames.of(e.by)}} prints "Trần Thị Bình" where a username was stored. The
 * system's own actions read "Hệ thống"; a username no longer known is printed as it is.
 */
@Component("staffNames")
public class StaffNames {

	private final UserAccounts users;

	StaffNames(UserAccounts users) {
		this.users = users;
	}

	/** The full name of the account {@code username}. */
	@Transactional(readOnly = true)
	public String of(@Nullable String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		if ("system".equals(username)) {
			return "Hệ thống";
		}
		return users.findByUsername(username).map(UserAccount::fullName).orElse(username);
	}
}
