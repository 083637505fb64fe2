package vn.motcua.identity.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.UserManagement.UserCommand;
import vn.motcua.identity.UserManagement.UserView;

/** The staff account form, as typed; the service validates its command. An unticked box is {@code false}. */
record UserForm(@Nullable String username, @Nullable String fullName, @Nullable String email,
		@Nullable String password, @Nullable String agencyCode, @Nullable List<String> roles,
		@Nullable Boolean enabled) {

	/** A blank form for a new, enabled account without roles. */
	static UserForm empty() {
		return new UserForm(null, null, null, null, null, List.of(), true);
	}

	static UserForm of(UserView user) {
		return new UserForm(user.username(), user.fullName(), user.email(), null, user.agencyCode(),
				List.copyOf(user.roles()), user.enabled());
	}

	/** The command for the account {@code username} (an edit page sends no username of its own). */
	UserCommand command(@Nullable String username) {
		return new UserCommand(username, fullName, email, password, agencyCode, roles == null ? List.of() : roles,
				Boolean.TRUE.equals(enabled));
	}
}
