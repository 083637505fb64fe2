package vn.motcua.identity;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Counts failed password sign-ins (form and HTTP Basic): the account's stored counter (shown to administrators) and the
 * per-address counters of {@link LoginThrottle}, which decides who is refused; a successful sign-in resets the count.
 */
@Component
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final UserAccounts users;

	private final SecurityProperties properties;

	private final Clock clock;

	private final LoginThrottle throttle;

	LoginAttempts(UserAccounts users, SecurityProperties properties, Clock clock, LoginThrottle throttle) {
		this.users = users;
		this.properties = properties;
		this.clock = clock;
		this.throttle = throttle;
	}

	/** The address of the client signing in (the proxy's X-Forwarded-For once forwarded headers are trusted). */
	static String clientAddress() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr() : "";
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		users.recordFailedLogin(username, properties.maxFailedLogins(),
				clock.instant().plus(properties.lockDuration()));
		throttle.failed(username, clientAddress());
		log.info("Failed sign-in for {}", username);
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
			users.recordSuccessfulLogin(event.getAuthentication().getName(), clock.instant());
			throttle.succeeded(event.getAuthentication().getName(), clientAddress());
		}
	}
}
