package vn.motcua.reporting.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.identity.AgencyManagement;
import vn.motcua.reporting.ReportPeriod;
import vn.motcua.reporting.ServiceIndex;

/** The Decision 766 scorecard page: groups and indicators, trend per month, agencies side by side, drill-down. */
@Controller
@RequestMapping("/bao-cao/chi-so-766")
class ServiceIndexPageController {

	private final ServiceIndex index;

	private final AgencyManagement agencies;

	private final PeriodChoices periodChoices;

	ServiceIndexPageController(ServiceIndex index, AgencyManagement agencies, PeriodChoices periodChoices) {
		this.index = index;
		this.agencies = agencies;
		this.periodChoices = periodChoices;
	}

	@GetMapping
	String scorecard(@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String agency, Model model) {
		String key = period == null || period.isBlank() ? periodChoices.currentQuarter() : period;
		ReportPeriod p = ReportPeriod.parse(key, null, null);
		ServiceIndex.Scorecard card = index.compute(agency, p);
		model.addAttribute("card", card);
		model.addAttribute("months", index.monthly(card.agency(), p));
		model.addAttribute("side", index.compare(card.agency(), p));
		model.addAttribute("periods", periodChoices.choices());
		model.addAttribute("agencies", agencies.visible());
		model.addAttribute("periodKey", key);
		return "reporting/index766";
	}

	@GetMapping("/o")
	String cell(@RequestParam String period, @RequestParam(required = false) @Nullable String agency,
			@RequestParam String id, Model model) {
		ReportPeriod p = ReportPeriod.parse(period, null, null);
		model.addAttribute("records", index.cells(agency, p, id));
		model.addAttribute("id", id);
		model.addAttribute("period", p);
		model.addAttribute("periodKey", period);
		model.addAttribute("agency", agency);
		return "reporting/index766-cell";
	}
}
