package vn.motcua.reporting.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.ReportSource;
import static vn.motcua.shared.VietnamTime.ZONE;

/** The records behind a figure as the rows of a list page: every value as text, dates as Vietnamese dates. */
record RecordRows(List<String> headings, List<Line> lines) {


	/** One record: its link, its cells as text, and why it is counted. */
	record Line(String code, String link, List<String> cells, String reason) {
	}

	static RecordRows of(List<? extends ReportSource.Counted> records) {
		List<String> headings = records.isEmpty() ? List.of() : records.get(0).headings();
		return new RecordRows(headings, records.stream()
			.map(r -> new Line(r.code(), r.link(), r.values().stream().map(RecordRows::text).toList(), r.reason()))
			.toList());
	}

	static String text(@Nullable Object value) {
		if (value == null) {
			return "—";
		}
		if (value instanceof OffsetDateTime at) {
			return at.atZoneSameInstant(ZONE).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
		}
		if (value instanceof LocalDate day) {
			return day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		}
		if (value instanceof Boolean b) {
			return b ? "Có" : "Không";
		}
		return value.toString();
	}
}
