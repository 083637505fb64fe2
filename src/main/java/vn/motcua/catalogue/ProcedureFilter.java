package vn.motcua.catalogue;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.InvalidInputException;

/**
 * What a person searches the catalogue by: words typed (any order, diacritics and punctuation ignored), a field
 * (lĩnh vực) code, an agency (cơ quan) code and an online mode ({@code FULL}, {@code PARTIAL}, {@code NONE}); a blank
 * value means "any".
 */
public record ProcedureFilter(@Nullable String q, @Nullable String field, @Nullable String agency,
		@Nullable String online) {

	/** Online mode labels, as the filter offers them and the lists print them. */
	public static final Map<String, String> ONLINE_LABELS = onlineLabels();

	public ProcedureFilter {
		field = blankToNull(field);
		agency = blankToNull(agency);
		online = blankToNull(online);
		String mode = online;
		if (mode != null && Arrays.stream(OnlineMode.values()).noneMatch(m -> m.name().equals(mode))) {
			throw new InvalidInputException("online", "Hình thức nộp phải là FULL, PARTIAL hoặc NONE");
		}
	}

	/** Only words. */
	public static ProcedureFilter text(@Nullable String q) {
		return new ProcedureFilter(q, null, null, null);
	}

	/** The choices a filter form offers: field code → name, agency code → name. */
	public record Choices(Map<String, String> fields, Map<String, String> agencies) {

		public Map<String, String> onlineModes() {
			return ONLINE_LABELS;
		}
	}

	private static Map<String, String> onlineLabels() {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put(OnlineMode.FULL.name(), OnlineMode.FULL.label());
		labels.put(OnlineMode.PARTIAL.name(), OnlineMode.PARTIAL.label());
		labels.put(OnlineMode.NONE.name(), "Nộp trực tiếp");
		return Collections.unmodifiableMap(labels);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
