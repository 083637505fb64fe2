package vn.motcua.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Full names for pages: {@code ${@staffNames.of(e.by)}} prints "Trần Thị Bình" where a username was stored. The
 * system's own actions read "Hệ thống"; a username no longer known is printed as it is. Names are kept in the
 * {@link IdentityCache} (emptied by every account change), so the header of every page and each step of a dossier's
 * history do not read the account again.
 */
@Component("staffNames")
public class StaffNames {

	private static final String NAME = "name:";

	private final UserAccounts users;

	private final IdentityCache cache;

	StaffNames(UserAccounts users, IdentityCache cache) {
		this.users = users;
		this.cache = cache;
	}

	/** The full name of the account {@code username}. */
	public String of(@Nullable String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		if ("system".equals(username)) {
			return "Hệ thống";
		}
		return cache.get(NAME + username, key -> users.findByUsername(username).map(UserAccount::fullName).orElse(username));
	}
}
