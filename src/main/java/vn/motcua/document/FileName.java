package vn.motcua.document;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.VietnameseText;

/**
 * An original file name made safe to keep and to send back: Unicode NFC, without folders, control, invisible
 * formatting or reserved characters ({@code < > : " | ? *}), at most {@value #MAX_LENGTH} characters, and ending with
 * an extension of its real type ("scan.pdf" holding a PNG becomes "scan.pdf.png").
 */
record FileName(String value) {

	static final int MAX_LENGTH = 255;

	/** Used when nothing is left of the given name. */
	static final String DEFAULT_BASE = "tep-dinh-kem";

	private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");

	private static final Pattern RESERVED = Pattern.compile("[<>:\"|?*]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	static FileName of(@Nullable String raw, String mediaType) {
		String name = raw == null ? "" : VietnameseText.nfc(raw);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = SPACES.matcher(name).replaceAll(" ");
		name = UNSAFE.matcher(name).replaceAll("");
		name = RESERVED.matcher(name).replaceAll("_");
		name = name.replaceAll("^[\\s.]+|[\\s.]+$", "");
		List<String> extensions = ContentSniffer.EXTENSIONS.getOrDefault(mediaType, List.of());
		String extension = "";
		if (!extensions.isEmpty() && !extensions.contains(extensionOf(name))) {
			extension = "." + extensions.get(0);
		}
		if (name.isEmpty()) {
			name = DEFAULT_BASE;
			if (extension.isEmpty() && !extensions.isEmpty()) {
				extension = "." + extensions.get(0);
			}
		}
		if (name.length() + extension.length() > MAX_LENGTH) {
			int dot = name.lastIndexOf('.');
			String own = extension.isEmpty() && dot > 0 && name.length() - dot <= 11 ? name.substring(dot) : "";
			String base = name.substring(0, name.length() - own.length());
			name = cut(base, MAX_LENGTH - own.length() - extension.length()) + own;
		}
		return new FileName(name + extension);
	}

	/** The lower-case extension without the dot, or "" when there is none. */
	static String extensionOf(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** At most {@code length} characters, never splitting a surrogate pair. */
	private static String cut(String text, int length) {
		if (text.length() <= length) {
			return text;
		}
		int end = length;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end).strip();
	}
}
