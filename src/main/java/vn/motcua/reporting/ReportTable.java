package vn.motcua.reporting;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A computed form: its rows (one per field, agency …) and total, cells keyed by the printed column number, and the
 * printed equalities that do not hold (empty when the table is consistent, which the computation guarantees).
 */
public record ReportTable(FormDefinition form, String agencyCode, String agencyName, ReportPeriod period,
		List<Row> rows, Row total, List<String> violations) {

	/** One row: a code (field code …), its label, and the cells. */
	public record Row(@Nullable String code, String label, Map<String, Long> cells) {
	}
}
