package vn.motcua.reporting.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.reporting.ReportExports;
import vn.motcua.reporting.ReportManagement;
import vn.motcua.reporting.ReportPeriod;
import vn.motcua.reporting.ReportTable;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.ReportSource;

/** Report forms over HTTP: the computed table as JSON or as the filled official form, and the records per cell. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

	private final ReportManagement reports;

	private final ReportExports exports;

	ReportApiController(ReportManagement reports, ReportExports exports) {
		this.reports = reports;
		this.exports = exports;
	}

	/** The form as API.md shows it. */
	record FormJson(String form, String agency, Map<String, Object> period, List<RowJson> rows, RowJson total,
			List<String> violations) {
	}

	/** One row. */
	record RowJson(@Nullable String code, String label, Map<String, Long> cells) {
	}

	/**
	 * The form computed from the data for {@code agency} (and the agencies under it) over {@code period}
	 * ({@code 2021-Q3}, {@code 2021-H1}, {@code 2021-9M}, {@code 2021}) or {@code from}–{@code to}; with
	 * {@code format=xlsx|docx|pdf} the filled official form as a file.
	 */
	@GetMapping("/{form}")
	ResponseEntity<?> form(@PathVariable String form, @RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable String format) {
		ReportTable table = reports.compute(form, agency, ReportPeriod.parse(period, from, to));
		if (format == null || format.isBlank() || "json".equalsIgnoreCase(format)) {
			Map<String, Object> p = new LinkedHashMap<>();
			p.put("label", table.period().shortLabel());
			p.put("from", table.period().from());
			p.put("to", table.period().to());
			return ResponseEntity.ok(new FormJson(table.form().code(), table.agencyCode(), p,
					table.rows().stream().map(r -> new RowJson(r.code(), r.label(), r.cells())).toList(),
					new RowJson(null, table.total().label(), table.total().cells()), table.violations()));
		}
		return Downloads.attachment(exports.export(table, format));
	}

	/** The records counted in one cell, with the reason each is counted there. */
	@GetMapping("/{form}/cells")
	List<? extends ReportSource.Counted> cell(@PathVariable String form, @RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable String row, @RequestParam String column) {
		return reports.cell(form, agency, ReportPeriod.parse(period, from, to), row, column);
	}
}
