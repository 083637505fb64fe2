package vn.motcua.reporting.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.identity.AgencyManagement;
import org.springframework.http.ResponseEntity;
import vn.motcua.reporting.FormDefinitions;
import vn.motcua.reporting.ReportExports;
import vn.motcua.reporting.ReportManagement;
import vn.motcua.reporting.ReportPeriod;

/** Report pages: choose a form and a period, read the table, open the records behind any figure. */
@Controller
@RequestMapping("/bao-cao")
class ReportPageController {

	private final ReportManagement reports;

	private final FormDefinitions forms;

	private final AgencyManagement agencies;

	private final ReportExports exports;

	private final PeriodChoices periodChoices;

	ReportPageController(ReportManagement reports, FormDefinitions forms, AgencyManagement agencies,
			ReportExports exports, PeriodChoices periodChoices) {
		this.exports = exports;
		this.periodChoices = periodChoices;
		this.reports = reports;
		this.forms = forms;
		this.agencies = agencies;
	}

	@GetMapping
	String index(Model model) {
		model.addAttribute("forms", forms.all());
		model.addAttribute("periods", periodChoices.choices());
		model.addAttribute("periodKey", periodChoices.currentQuarter());
		model.addAttribute("agencies", agencies.visible());
		return "reporting/index";
	}

	@GetMapping("/{form}")
	String form(@PathVariable String form, @RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String agency, Model model) {
		String key = period == null || period.isBlank() ? periodChoices.currentQuarter() : period;
		model.addAttribute("table", reports.compute(form, agency, ReportPeriod.parse(key, null, null)));
		model.addAttribute("periods", periodChoices.choices());
		model.addAttribute("agencies", agencies.visible());
		model.addAttribute("periodKey", key);
		return "reporting/form";
	}

	/**
	 * The filled official form as XLSX, DOCX or PDF for a signed-in person: the same computation, checks and file as
	 * {@code GET /api/v1/reports/{form}?format=…}, reached with the page session.
	 */
	@GetMapping("/{form}/tai-ve")
	ResponseEntity<byte[]> download(@PathVariable String form, @RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String agency, @RequestParam String format) {
		String key = period == null || period.isBlank() ? periodChoices.currentQuarter() : period;
		return Downloads.attachment(exports.export(reports.compute(form, agency, ReportPeriod.parse(key, null, null)),
				format));
	}

	@GetMapping("/{form}/o")
	String cell(@PathVariable String form, @RequestParam String period, @RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String row, @RequestParam String column, Model model) {
		ReportPeriod p = ReportPeriod.parse(period, null, null);
		model.addAttribute("records", RecordRows.of(reports.cell(form, agency, p, row, column)));
		model.addAttribute("formCode", form);
		model.addAttribute("period", p);
		model.addAttribute("periodKey", period);
		model.addAttribute("agency", agency);
		model.addAttribute("row", row);
		model.addAttribute("column", column);
		model.addAttribute("columnLabel", forms.find(form, p.to())
			.columns()
			.stream()
			.filter(c -> c.number().equals(column))
			.findFirst()
			.map(c -> java.util.stream.Stream.of(c.group(), c.subgroup(), c.label())
				.filter(java.util.Objects::nonNull)
				.collect(java.util.stream.Collectors.joining(" – ")))
			.orElse(""));
		return "reporting/cell";
	}
}
