package vn.motcua.shared;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work that no person started (demo data, scheduled jobs, event listeners acting for the system) as the
 * built-in user {@value #USERNAME} with the system administrator role, so that service-level authorisation and
 * the audit log both know who acted.
 */
public final class SystemTask {

	/** The name recorded for work done by the system itself. */
	public static final String USERNAME = "system";

	private SystemTask() {
	}

	public static void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

	public static <T> T call(Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(USERNAME, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + Roles.SYSTEM_ADMIN))));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
