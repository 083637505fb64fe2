package vn.motcua.reporting.web;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.reporting.QuarterlyReports;
import vn.motcua.reporting.QuarterlyReports.QuarterlyView;
import vn.motcua.reporting.QuarterlyReports.TextsCommand;
import vn.motcua.reporting.ReportExports;
import vn.motcua.reporting.ReportPeriod;
import vn.motcua.shared.InvalidInputException;

/**
 * The quarterly narrative report over HTTP: the Word document (default) or its content as JSON, the free texts,
 * submission (freezes a snapshot) and reopening.
 */
@RestController
@RequestMapping("/api/v1/reports/QUARTERLY")
class QuarterlyApiController {

	private final QuarterlyReports reports;

	QuarterlyApiController(QuarterlyReports reports) {
		this.reports = reports;
	}

	/** The report as DOCX, or with {@code format=json} its sections, figures, texts, state and changes. */
	@GetMapping
	ResponseEntity<?> get(@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable String format) {
		ReportPeriod p = ReportPeriod.parse(period, from, to);
		if ("json".equalsIgnoreCase(format)) {
			return ResponseEntity.ok(reports.view(agency, p));
		}
		if (format != null && !format.isBlank() && !"docx".equalsIgnoreCase(format)) {
			throw new InvalidInputException("format", "Báo cáo định kỳ xuất dạng docx hoặc json");
		}
		return Downloads.attachment(reports.docx(agency, p));
	}

	/** Saves the free texts (keys are the outline's section keys: I.2, I.9 … II, III, KN) of a draft. */
	@PutMapping("/texts")
	QuarterlyView texts(@RequestParam(required = false) @Nullable String agency, @RequestParam String period,
			@Valid @RequestBody TextsCommand command) {
		return reports.saveTexts(agency, ReportPeriod.parse(period, null, null), command);
	}

	/** Submits the report; later data changes no longer alter it. */
	@PostMapping("/submit")
	QuarterlyView submit(@RequestParam(required = false) @Nullable String agency, @RequestParam String period) {
		return reports.submit(agency, ReportPeriod.parse(period, null, null));
	}

	/** Reopens a submitted report (head of agency); what was sent stays kept. */
	@PostMapping("/reopen")
	QuarterlyView reopen(@RequestParam(required = false) @Nullable String agency, @RequestParam String period) {
		return reports.reopen(agency, ReportPeriod.parse(period, null, null));
	}
}
