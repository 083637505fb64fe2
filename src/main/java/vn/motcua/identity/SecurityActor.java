package vn.motcua.identity;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.SystemTask;

/**
 * The {@link CurrentActor} of the signed-in user: roles from the authentication, home agency and visible agencies
 * from the account, computed once per request.
 */
@Component
class SecurityActor implements CurrentActor {

	private static final String CACHE = SecurityActor.class.getName() + ".scope";

	private final UserAccounts users;

	private final Agencies agencies;

	SecurityActor(UserAccounts users, Agencies agencies) {
		this.users = users;
		this.agencies = agencies;
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

	private Scope scope() {
		Authentication authentication = authentication();
		if (authentication == null || SystemTask.USERNAME.equals(authentication.getName())) {
			return new Scope(authentication == null ? "" : authentication.getName(), null, Set.of());
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) instanceof Scope cached
				&& cached.username().equals(authentication.getName())) {
			return cached;
		}
		Scope scope = users.findByUsername(authentication.getName())
			.map(u -> new Scope(u.username(), u.agencyId(),
					u.agencyId() == null ? Set.of() : Set.copyOf(agencies.subtree(u.agencyId()))))
			.orElse(new Scope(authentication.getName(), null, Set.of()));
		if (request != null) {
			request.setAttribute(CACHE, scope, RequestAttributes.SCOPE_REQUEST);
		}
		return scope;
	}

	private static @Nullable Authentication authentication() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication instanceof AnonymousAuthenticationToken ? null : authentication;
	}

	private record Scope(String username, @Nullable UUID agencyId, Set<UUID> visible) {
	}
}
