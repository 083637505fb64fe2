package vn.motcua.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password encoder with a memory of passwords it has already verified, so that HTTP Basic on every API call
 * does not run BCrypt (50–100 ms of CPU) every time.
 *
 * <p>The memory is keyed by the <em>stored hash</em> and keeps only an HMAC of the password under a key that is
 * random per process, never the password. A password change stores a new hash, so the old password no longer
 * matches anything remembered, on every instance, at once. Locking or disabling an account needs no invalidation:
 * Spring Security checks the account's state, read from the database on every call, before the password. A wrong
 * password is never remembered and always runs BCrypt (and counts towards the lock).
 */
final class VerifiedPasswords implements PasswordEncoder {

	private final PasswordEncoder delegate;

	private final Cache<String, byte[]> verified;

	private final SecretKeySpec key;

	VerifiedPasswords(PasswordEncoder delegate, Duration ttl) {
		this.delegate = delegate;
		this.verified = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ttl).build();
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	@Override
	public @Nullable String encode(@Nullable CharSequence rawPassword) {
		return delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return delegate.matches(rawPassword, encodedPassword);
		}
		byte[] presented = mac(rawPassword);
		byte[] remembered = verified.getIfPresent(encodedPassword);
		if (remembered != null && MessageDigest.isEqual(remembered, presented)) {
			return true;
		}
		boolean matches = delegate.matches(rawPassword, encodedPassword);
		if (matches) {
			verified.put(encodedPassword, presented);
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(@Nullable String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}

	private byte[] mac(CharSequence rawPassword) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
