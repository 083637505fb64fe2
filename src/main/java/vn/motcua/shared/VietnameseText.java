package vn.motcua.shared;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Vietnamese text handling in one place: NFC normalisation (TCVN 6909:2001 uses precomposed characters,
 * and decomposed text breaks PDF rendering and equality) and folding for diacritic-insensitive comparison.
 */
public final class VietnameseText {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private VietnameseText() {
	}

	/** The text in Unicode NFC, or {@code null} for {@code null}. */
	public static @Nullable String nfc(@Nullable String text) {
		if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
			return text;
		}
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/** NFC, trimmed, inner runs of white space collapsed to one space; {@code null} stays {@code null}. */
	public static @Nullable String clean(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String normalised = nfc(text);
		return SPACES.matcher(normalised.strip()).replaceAll(" ");
	}

	/**
	 * Lower case without diacritics ("Đăng ký Hộ chiếu" → "dang ky ho chieu"), for search and comparison.
	 * Mirrors the database's {@code f_unaccent(lower(...))}.
	 */
	public static String fold(@Nullable String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		return SPACES.matcher(COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).strip())
			.replaceAll(" ");
	}

	/**
	 * The message for text carrying a character no person types and that can fool a reader or a program: NUL and the
	 * other control characters except tab and line breaks, DEL and the C1 controls, and the bidirectional overrides and
	 * isolates (U+202A–U+202E, U+2066–U+2069) that make "gpj.exe" read as "exe.jpg".
	 */
	public static final String UNSAFE_CHARACTER_MESSAGE = "Có ký tự điều khiển hoặc ký tự đổi chiều văn bản không được phép";

	/** The index of the first unsafe character (see {@link #UNSAFE_CHARACTER_MESSAGE}), or -1 when there is none. */
	public static int unsafeCharacter(@Nullable String text) {
		if (text == null) {
			return -1;
		}
		for (int i = 0; i < text.length(); i++) {
			if (isUnsafe(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	/** The text without its unsafe characters; {@code null} stays {@code null}. */
	public static @Nullable String withoutUnsafeCharacters(@Nullable String text) {
		if (unsafeCharacter(text) < 0) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		text.chars().filter(c -> !isUnsafe((char) c)).forEach(c -> kept.append((char) c));
		return kept.toString();
	}

	private static boolean isUnsafe(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
				|| (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
	}

	private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9.]+|\\.(?![0-9])");

	/**
	 * The words of a query as the search text stores them (V90 {@code f_search_text}): folded, punctuation dropped
	 * (a dot is kept only inside a number such as a procedure code, 2.002352).
	 */
	public static List<String> words(@Nullable String text) {
		String spaced = NOT_A_WORD.matcher(fold(text)).replaceAll(" ").strip();
		return spaced.isEmpty() ? List.of() : List.of(SPACES.split(spaced));
	}
}
