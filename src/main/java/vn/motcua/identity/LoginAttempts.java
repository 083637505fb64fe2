package vn.motcua.identity;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed password sign-ins (form and HTTP Basic) and locks an account for a while after
 * {@code motcua.security.max-failed-logins} failures in a row; a successful sign-in resets the count.
 */
@Component
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final UserAccounts users;

	private final SecurityProperties properties;

	private final Clock clock;

	LoginAttempts(UserAccounts users, SecurityProperties properties, Clock clock) {
		this.users = users;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		users.recordFailedLogin(username, properties.maxFailedLogins(),
				clock.instant().plus(properties.lockDuration()));
		log.info("Failed sign-in for {}", username);
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
			users.recordSuccessfulLogin(event.getAuthentication().getName(), clock.instant());
		}
	}
}
