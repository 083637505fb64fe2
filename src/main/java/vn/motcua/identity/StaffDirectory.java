package vn.motcua.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.PageResult;

/**
 * The staff accounts as other modules read them: one account by username, and the enabled holders of a role in some
 * agencies (for assignment lists), paged and searchable. Read-only; no password data leaves the identity module, and
 * accounts change only through {@link UserManagement}.
 */
@Component
@Transactional(readOnly = true)
public class StaffDirectory {

	private final UserAccounts users;

	StaffDirectory(UserAccounts users) {
		this.users = users;
	}

	public Optional<UserAccount> findByUsername(String username) {
		return users.findByUsername(username);
	}

	/**
	 * A page of the enabled accounts of the given agencies that hold {@code role}, filtered by name or username
	 * ignoring diacritics, by name in Vietnamese order. The filter runs in the database, so no holder is lost however
	 * large the agency.
	 */
	public PageResult<UserAccount> holdersOf(String role, Collection<UUID> agencies, @Nullable String q,
			PageRequest page) {
		return users.holdersOf(role, agencies, q, page);
	}

	/** The usernames of every enabled holder of {@code role} in the given agencies, page by page, by name. */
	public List<String> allHoldersOf(String role, Collection<UUID> agencies) {
		List<String> usernames = new ArrayList<>();
		PageResult<UserAccount> page = users.holdersOf(role, agencies, null, new PageRequest(0, PageResult.MAX_SIZE));
		page.items().forEach(u -> usernames.add(u.username()));
		while (page.hasNext()) {
			page = users.holdersOf(role, agencies, null, new PageRequest(page.page() + 1, PageResult.MAX_SIZE));
			page.items().forEach(u -> usernames.add(u.username()));
		}
		return usernames;
	}
}
