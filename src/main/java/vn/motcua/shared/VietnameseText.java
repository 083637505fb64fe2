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
