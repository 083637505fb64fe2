package vn.motcua.identity;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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

	/**
	 * The account and address pairs that signed in on this instance within the last minute, with no failure seen
	 * since. A machine calling the API with HTTP Basic signs in on every request; its success needs recording (last
	 * sign-in, known address, failures of the pair forgotten) once a minute, not on every call. A failure seen here
	 * removes the pair, so the next success is recorded again; a failure seen by another instance is forgotten by a
	 * success here at most a minute later, which only makes the lock stricter meanwhile.
	 */
	private final Cache<String, Boolean> recentSuccesses = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofMinutes(1))
		.build();

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
		recentSuccesses.invalidate(pair(username, clientAddress()));
		users.recordFailedLogin(username, properties.maxFailedLogins(),
				clock.instant().plus(properties.lockDuration()));
		throttle.failed(username, clientAddress());
		log.info("Failed sign-in for {}", username);
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
			String username = event.getAuthentication().getName();
			String address = clientAddress();
			if (recentSuccesses.asMap().putIfAbsent(pair(username, address), Boolean.TRUE) != null) {
				return;
			}
			users.recordSuccessfulLogin(username, clock.instant());
			throttle.succeeded(username, address);
		}
	}

	private static String pair(String username, String address) {
		return username.toLowerCase(java.util.Locale.ROOT) + "|" + address;
	}
}
