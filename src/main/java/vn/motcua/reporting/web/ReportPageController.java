package vn.motcua.reporting.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.identity.AgencyManagement;
import vn.motcua.reporting.FormDefinitions;
import vn.motcua.reporting.ReportManagement;
import vn.motcua.reporting.ReportPeriod;

/** Report pages: choose a form and a period, read the table, open the records behind any figure. */
@Controller
@RequestMapping("/bao-cao")
class ReportPageController {

	private final ReportManagement reports;

	private final FormDefinitions forms;

	private final AgencyManagement agencies;

	ReportPageController(ReportManagement reports, FormDefinitions forms, AgencyManagement agencies) {
		this.reports = reports;
		this.forms = forms;
		this.agencies = agencies;
	}

	@GetMapping
	String index(Model model) {
		model.addAttribute("forms", forms.all());
		model.addAttribute("periods", periods());
		model.addAttribute("agencies", agencies.visible());
		return "reporting/index";
	}

	@GetMapping("/{form}")
	String form(@PathVariable String form, @RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String agency, Model model) {
		String key = period == null || period.isBlank() ? currentQuarter() : period;
		model.addAttribute("table", reports.compute(form, agency, ReportPeriod.parse(key, null, null)));
		model.addAttribute("periods", periods());
		model.addAttribute("agencies", agencies.visible());
		model.addAttribute("periodKey", key);
		return "reporting/form";
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
		return "reporting/cell";
	}

	static String currentQuarter() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
			for (int q = 1; q <= 4; q++) {
				ReportPeriod p = ReportPeriod.parse(year + "-Q" + q, null, null);
				if (!today.isBefore(p.from()) && !today.isAfter(p.to())) {
					return p.key();
				}
			}
		}
		return today.getYear() + "-Q4";
	}

	static Map<String, String> periods() {
		Map<String, String> periods = new LinkedHashMap<>();
		int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
		for (int y = year + 1; y >= year - 2; y--) {
			for (String suffix : new String[] { "", "-9M", "-H1", "-Q4", "-Q3", "-Q2", "-Q1" }) {
				ReportPeriod p = ReportPeriod.parse(y + suffix, null, null);
				periods.put(p.key(), p.label());
			}
		}
		return periods;
	}
}
