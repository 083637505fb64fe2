package vn.motcua.identity;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP Basic without BCrypt on every call: what is remembered, and what never is. */
class VerifiedPasswordsTest {

	final AtomicInteger bcryptCalls = new AtomicInteger();

	final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	final PasswordEncoder counting = new PasswordEncoder() {
		@Override
		public String encode(CharSequence raw) {
			return bcrypt.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			bcryptCalls.incrementAndGet();
			return bcrypt.matches(raw, encoded);
		}
	};

	final VerifiedPasswords passwords = new VerifiedPasswords(counting, Duration.ofMinutes(10));

	@Test
	void aVerifiedPasswordIsCheckedWithBcryptOnlyOnce() {
		String hash = passwords.encode("MatKhau@123");
		for (int i = 0; i < 5; i++) {
			assertThat(passwords.matches("MatKhau@123", hash)).isTrue();
		}
		assertThat(bcryptCalls).hasValue(1);
	}

	@Test
	void aWrongPasswordIsNeverRememberedAndAlwaysRunsBcrypt() {
		String hash = passwords.encode("MatKhau@123");
		assertThat(passwords.matches("MatKhau@123", hash)).isTrue();
		for (int i = 0; i < 3; i++) {
			assertThat(passwords.matches("MatKhau@124", hash)).isFalse();
		}
		assertThat(bcryptCalls).hasValue(4);
	}

	@Test
	void aChangedPasswordHasANewHashSoTheOldPasswordIsForgotten() {
		String oldHash = passwords.encode("MatKhau@123");
		assertThat(passwords.matches("MatKhau@123", oldHash)).isTrue();
		String newHash = passwords.encode("MatKhau@456");
		assertThat(passwords.matches("MatKhau@123", newHash)).isFalse();
		assertThat(passwords.matches("MatKhau@456", newHash)).isTrue();
	}
}
