package vn.motcua.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AuditLog;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.Roles;
import vn.motcua.shared.VietnamTime;

/**
 * Short-lived API tokens (mã truy cập) for other systems: a system exchanges its account's password (HTTP Basic)
 * for a token once, then calls the API with {@code Authorization: Bearer mct_…} until it expires
 * ({@code motcua.security.api-token-ttl}, one hour), without BCrypt per call. An administrator can issue one for an
 * account of their agencies (a service account without a password of its own in the other system).
 * <p>
 * The token is 32 random bytes; only its SHA-256 is stored (V141). Each call checks, in one query, that the token
 * has not expired or been revoked, that its account is enabled and not locked, and that the account's password is
 * still the one the token was issued under: a password change or reset, a lock or a deactivation ends every token
 * of the account at once, on every instance. Roles and agency are always the account's current ones.
 */
@Service
public class ApiTokens {

	/** The start of every token of ours, so that it is told apart from an OIDC (JWT) bearer token. */
	public static final String PREFIX = "mct_";

	private static final String PASSWORD_STAMP = "sha256(convert_to(coalesce(u.password_hash, ''), 'UTF8'))";

	private final JdbcClient jdbc;

	private final UserManagement users;

	private final AuditLog audit;

	private final Clock clock;

	private final Duration ttl;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(JdbcClient jdbc, UserManagement users, AuditLog audit, Clock clock,
			@Value("${motcua.security.api-token-ttl:1h}") Duration ttl) {
		this.jdbc = jdbc;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
		this.ttl = ttl;
	}

	/** A token as it is handed out, once: only its hash is kept. */
	public record IssuedToken(String accessToken, String tokenType, OffsetDateTime expiresAt) {
	}

	/**
	 * A token for the caller's own account, in exchange for its password.
	 * @throws ForbiddenException when the caller did not give a password (signed in with a token)
	 */
	@PreAuthorize(Roles.STAFF)
	@Transactional
	public IssuedToken issueForCaller() {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller == null || caller instanceof TokenAuthentication || caller instanceof JwtAuthenticationToken) {
			throw new ForbiddenException("Mã truy cập chỉ được cấp khi đăng nhập bằng tên đăng nhập và mật khẩu "
					+ "(HTTP Basic), không bằng một mã truy cập khác.");
		}
		return issue(caller.getName(), caller.getName());
	}

	/**
	 * A token for an account of the caller's agencies (an administrator's).
	 * @throws NotFoundException when there is no such account within the caller's agencies
	 */
	@PreAuthorize(Roles.ADMINS)
	@Transactional
	public IssuedToken issueFor(String username) {
		String owner = users.get(username).username();
		String issuer = SecurityContextHolder.getContext().getAuthentication().getName();
		return issue(owner, issuer);
	}

	/** Revokes every token of the caller's account; returns how many were in force. */
	@PreAuthorize(Roles.STAFF)
	@Transactional
	public int revokeCallersTokens() {
		String username = SecurityContextHolder.getContext().getAuthentication().getName();
		int revoked = jdbc.sql("""
				update api_token t set revoked_at = ? from app_user u
				where u.id = t.user_id and lower(u.username) = lower(?) and t.revoked_at is null and t.expires_at > ?""")
			.params(now(), username, now())
			.update();
		audit.record("TOKEN_REVOKE", "User", username, null, null, java.util.Map.of("revoked", revoked));
		return revoked;
	}

	private IssuedToken issue(String username, String issuer) {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		OffsetDateTime now = now();
		OffsetDateTime expires = now.plus(ttl);
		// expired tokens of the account are no longer needed
		jdbc.sql("delete from api_token t using app_user u where u.id = t.user_id and lower(u.username) = lower(?) "
				+ "and t.expires_at < ?").params(username, now.minus(Duration.ofDays(1))).update();
		int inserted = jdbc.sql("insert into api_token (id, token_hash, user_id, password_stamp, issued_at, "
				+ "expires_at, issued_by) select ?, ?, u.id, " + PASSWORD_STAMP + ", ?, ?, ? from app_user u "
				+ "where lower(u.username) = lower(?) and u.enabled")
			.params(UUID.randomUUID(), hash(token), now, expires, issuer, username)
			.update();
		if (inserted == 0) {
			throw new ForbiddenException("Tài khoản " + username + " đang bị vô hiệu hóa: không cấp mã truy cập.");
		}
		audit.record("TOKEN_ISSUE", "User", username, null, null,
				java.util.Map.of("issuedBy", issuer, "expiresAt", expires.toString()));
		return new IssuedToken(token, "Bearer", expires.atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime());
	}

	/** The account a token stands for, if the token is in force; one query, no BCrypt. */
	Optional<Authentication> authenticate(String token) {
		if (!token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		OffsetDateTime now = now();
		return jdbc.sql("select u.username, u.password_changed_at is null and u.password_hash is not null as must_change, "
				+ "coalesce(array(select r.role from user_role r where r.user_id = u.id), '{}') as roles "
				+ "from api_token t join app_user u on u.id = t.user_id where t.token_hash = ? and t.revoked_at is null "
				+ "and t.expires_at > ? and u.enabled and (u.locked_until is null or u.locked_until <= ?) "
				+ "and t.password_stamp = " + PASSWORD_STAMP)
			.params(hash(token), now, now)
			.query((rs, row) -> {
				List<GrantedAuthority> authorities = new ArrayList<>();
				Arrays.stream((String[]) rs.getArray("roles").getArray())
					.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
				if (rs.getBoolean("must_change")) {
					authorities.add(new SimpleGrantedAuthority(PasswordChangeGate.AUTHORITY));
				}
				return (Authentication) new TokenAuthentication(rs.getString("username"), authorities);
			})
			.optional();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A caller signed in with one of our API tokens. */
	static final class TokenAuthentication extends AbstractAuthenticationToken {

		private static final long serialVersionUID = 1L;

		private final String username;

		TokenAuthentication(String username, List<GrantedAuthority> authorities) {
			super(authorities);
			this.username = username;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public Object getPrincipal() {
			return username;
		}
	}
}
