package vn.motcua.identity;

import java.time.Clock;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads staff accounts for form login and HTTP Basic; a disabled account, or one {@link LoginThrottle} refuses, cannot sign in. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccounts users;

	private final Clock clock;

	private final LoginThrottle throttle;

	AccountUserDetailsService(UserAccounts users, Clock clock, LoginThrottle throttle) {
		this.users = users;
		this.clock = clock;
		this.throttle = throttle;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccounts.SignIn signIn = users.forSignIn(username)
			.orElseThrow(() -> new UsernameNotFoundException("Không có tài khoản " + username));
		UserAccount account = signIn.account();
		String hash = signIn.passwordHash();
		return User.withUsername(account.username())
			.password(hash == null ? "{noop}" + java.util.UUID.randomUUID() : hash)
			.disabled(!account.enabled())
			.accountLocked(throttle.refused(account.username(), LoginAttempts.clientAddress(),
					account.isLocked(clock.instant())))
			.authorities(java.util.stream.Stream
				.concat(account.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)),
						signIn.passwordChangeRequired()
								? java.util.stream.Stream.of(new SimpleGrantedAuthority(PasswordChangeGate.AUTHORITY))
								: java.util.stream.Stream.empty())
				.toList())
			.build();
	}
}
