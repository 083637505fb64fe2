package vn.motcua.identity;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.SystemTask;

/**
 * The {@link CurrentActor} of the signed-in user: roles from the authentication, home agency and visible agencies
 * from the account, kept in the {@link IdentityCache} instead of read on every request.
 */
@Component
class SecurityActor implements CurrentActor {

	private static final String SCOPE = "scope:";

	private final UserAccounts users;

	private final Agencies agencies;

	private final IdentityCache cache;

	SecurityActor(UserAccounts users, Agencies agencies, IdentityCache cache) {
		this.users = users;
		this.agencies = agencies;
		this.cache = cache;
	}

	@Override
	public String username() {
		Authentication authentication = authentication();
		return authentication == null ? "anonymous" : authentication.getName();
	}

	@Override
	public @Nullable UUID agencyId() {
		return scope().agencyId();
	}

	@Override
	public boolean hasRole(String role) {
		Authentication authentication = authentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
	}

	@Override
	public Set<UUID> visibleAgencyIds() {
		return scope().visible();
	}

	/** The name of the caller's home agency, for the page header. */
	String agencyName() {
		return scope().agencyName();
	}

	private Scope scope() {
		Authentication authentication = authentication();
		if (authentication == null || SystemTask.USERNAME.equals(authentication.getName())) {
			return new Scope(authentication == null ? "" : authentication.getName(), null, "", Set.of());
		}
		return cache.get(SCOPE + authentication.getName(), this::load);
	}

	private Scope load(String key) {
		String username = key.substring(SCOPE.length());
		return users.findByUsername(username)
			.map(u -> u.agencyId() == null ? new Scope(u.username(), null, "", Set.of())
					: new Scope(u.username(), u.agencyId(),
							agencies.findById(u.agencyId()).map(Agency::name).orElse(""),
							Set.copyOf(agencies.subtree(u.agencyId()))))
			.orElse(new Scope(username, null, "", Set.of()));
	}

	private static @Nullable Authentication authentication() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication instanceof AnonymousAuthenticationToken ? null : authentication;
	}

	private record Scope(String username, @Nullable UUID agencyId, String agencyName, Set<UUID> visible) {
	}
}
