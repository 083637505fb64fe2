package vn.motcua.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A staff account. The password hash never leaves this module.
 *
 * @param lockedUntil set after too many failed sign-ins; the account cannot sign in before then
 */
public record UserAccount(UUID id, String username, String fullName, @Nullable String email,
		@Nullable UUID agencyId, Set<String> roles, boolean enabled, int failedLogins, @Nullable Instant lockedUntil,
		@Nullable Instant lastLoginAt) {

	public boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
