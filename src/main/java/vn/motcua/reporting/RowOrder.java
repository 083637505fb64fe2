package vn.motcua.reporting;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

import vn.motcua.shared.ReportSource;

/** Rows of a form in Vietnamese alphabetical order of their labels (Đ after D, tones after the bare letter). */
final class RowOrder {

	static final Comparator<ReportSource.Row> BY_LABEL = Comparator.comparing(ReportSource.Row::label,
			Collator.getInstance(Locale.forLanguageTag("vi")));

	private RowOrder() {
	}
}
