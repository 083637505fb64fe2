package vn.motcua.identity;

import java.time.Clock;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads staff accounts for form login and HTTP Basic; a locked or disabled account cannot sign in. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccounts users;

	private final Clock clock;

	AccountUserDetailsService(UserAccounts users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = users.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("Không có tài khoản " + username));
		String hash = users.passwordHash(username).orElse(null);
		return User.withUsername(account.username())
			.password(hash == null ? "{noop}" + java.util.UUID.randomUUID() : hash)
			.disabled(!account.enabled())
			.accountLocked(account.isLocked(clock.instant()))
			.authorities(account.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList())
			.build();
	}
}
