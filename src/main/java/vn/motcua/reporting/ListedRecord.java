package vn.motcua.reporting;

import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.ReportSource;

/** A record behind a figure of a form computed in this module (a decision, a procedure …). */
record ListedRecord(String code, String reason, String link, List<String> headings,
		List<@Nullable Object> values) implements ReportSource.Counted {
}
