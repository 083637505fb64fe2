package vn.motcua.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The outline of the quarterly narrative report as data ({@code reports/narrative/QUARTERLY.json}): its title,
 * introduction, sections (I.1–I.13, II, III, Kiến nghị) and, per section, the figure lines whose placeholders
 * {@code {II.06a:7}} or {@code {II.06a:4+5}} are filled from the computed forms. The annexed forms follow the text.
 */
public record NarrativeOutline(String code, int version, LocalDate validFrom, String documentType, String title,
		String subject, String intro, String closing, List<String> recipients, String signerTitle,
		List<String> annexes, List<Section> sections) {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9.-]+):([0-9]+(?:\\+[0-9]+)*)\\}");

	/** One heading of the outline; {@code editable} sections take free text written by staff. */
	public record Section(String key, String heading, int level, @Nullable Boolean editable,
			@Nullable List<String> figures) {

		public boolean takesText() {
			return editable == null || editable;
		}

		public List<String> figureLines() {
			return figures == null ? List.of() : figures;
		}
	}

	/** The form codes the figure lines refer to, in order of first use. */
	public Set<String> formsUsed() {
		Set<String> used = new LinkedHashSet<>(annexes);
		for (Section s : sections) {
			for (String line : s.figureLines()) {
				Matcher m = PLACEHOLDER.matcher(line);
				while (m.find()) {
					used.add(m.group(1));
				}
			}
		}
		return used;
	}

	/** Whether the outline has a section that takes text under this key. */
	public boolean hasTextSection(String key) {
		return sections.stream().anyMatch(s -> s.key().equals(key) && s.takesText());
	}

	/**
	 * A figure line with its placeholders filled: {@code value(form, column)} gives a total cell or {@code null}
	 * when the form has no data source yet ("…" is printed then).
	 */
	public static String fill(String line, BiFunction<String, String, @Nullable Long> value,
			Map<String, String> words) {
		Matcher m = PLACEHOLDER.matcher(line);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			long sum = 0;
			boolean known = true;
			for (String column : m.group(2).split("\\+")) {
				Long v = value.apply(m.group(1), column);
				if (v == null) {
					known = false;
					break;
				}
				sum += v;
			}
			m.appendReplacement(out, Matcher.quoteReplacement(known ? number(sum) : "…"));
		}
		m.appendTail(out);
		String text = out.toString();
		for (Map.Entry<String, String> w : words.entrySet()) {
			text = text.replace("{" + w.getKey() + "}", w.getValue());
		}
		return text;
	}

	/** Counts as the seeds print them: 0, then two digits below ten (05), else as is. */
	static String number(long n) {
		return n > 0 && n < 10 ? "0" + n : Long.toString(n);
	}
}
