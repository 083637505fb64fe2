package vn.motcua.shared.workflow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Mã tra cứu: the eight-character key printed on the slip with which a citizen looks up, supplements or rates an
 * item without signing in. Letters and digits that cannot be mistaken for one another (no I, O, 0, 1).
 */
public final class LookupKeys {

	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private static final int LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private LookupKeys() {
	}

	/** A new random key. */
	public static String newKey() {
		char[] key = new char[LENGTH];
		for (int i = 0; i < key.length; i++) {
			key[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(key);
	}

	/**
	 * Whether the key a person typed is the item's key, ignoring case and surrounding blanks; compared in constant
	 * time, so the answer's timing does not tell how much of a guess was right.
	 */
	public static boolean matches(String expected, @Nullable String given) {
		return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				given.trim().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
	}
}
