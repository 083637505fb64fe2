package vn.motcua.reporting.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.dossier.DossierDashboard;
import vn.motcua.identity.AgencyManagement;
import vn.motcua.reporting.ReportManagement;
import vn.motcua.reporting.ReportPeriod;
import vn.motcua.shared.VietnamTime;

/**
 * The dashboard: dossiers per month by channel, shares early / on time / late, pending by deadline, per field and
 * per procedure, as SVG charts whose bars open the dossiers they count.
 */
@Controller
@RequestMapping("/bao-cao/tong-quan")
class DashboardPageController {

	private final DossierDashboard dashboard;

	private final ReportManagement reports;

	private final AgencyManagement agencies;

	private final Clock clock;

	DashboardPageController(DossierDashboard dashboard, ReportManagement reports, AgencyManagement agencies,
			Clock clock) {
		this.dashboard = dashboard;
		this.reports = reports;
		this.agencies = agencies;
		this.clock = clock;
	}

	@GetMapping
	String show(@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Model model) {
		ReportPeriod period = range(from, to);
		ReportManagement.Scope scope = reports.scope(agency);
		DossierDashboard.Figures figures = dashboard.figures(scope.agencies(), period.from(), period.to());
		String link = "/bao-cao/tong-quan/ds?agency=" + URLEncoder.encode(scope.agencyCode(), StandardCharsets.UTF_8)
				+ "&from=" + period.from() + "&to=" + period.to() + "&slice=";
		model.addAttribute("charts", List.of(SvgCharts.monthly(figures.months(), link),
				SvgCharts.shares("Hồ sơ đã giải quyết: trước hạn, đúng hạn, quá hạn", figures.timeliness(),
						List.of("#2da44e", "#1f6feb", "#cf222e"), link),
				SvgCharts.horizontal("Hồ sơ đang giải quyết theo hạn (tính đến hôm nay)", figures.pending(), "#8250df",
						link),
				SvgCharts.horizontal("Hồ sơ tiếp nhận theo lĩnh vực", figures.fields(), "#0969da", link),
				SvgCharts.horizontal("10 thủ tục có nhiều hồ sơ nhất", figures.procedures(), "#bf8700", link)));
		model.addAttribute("period", period);
		model.addAttribute("agencyCode", scope.agencyCode());
		model.addAttribute("agencyName", scope.agencyName());
		model.addAttribute("agencies", agencies.visible());
		return "reporting/dashboard";
	}

	@GetMapping("/ds")
	String list(@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam String slice, Model model) {
		ReportPeriod period = range(from, to);
		ReportManagement.Scope scope = reports.scope(agency);
		model.addAttribute("records", RecordRows.of(dashboard.list(scope.agencies(), period.from(), period.to(), slice)));
		model.addAttribute("title", dashboard.describe(slice));
		model.addAttribute("period", period);
		model.addAttribute("back", "/bao-cao/tong-quan?agency=" + URLEncoder.encode(scope.agencyCode(),
				StandardCharsets.UTF_8) + "&from=" + period.from() + "&to=" + period.to());
		return "reporting/dashboard-list";
	}

	private ReportPeriod range(@Nullable LocalDate from, @Nullable LocalDate to) {
		LocalDate today = VietnamTime.today(clock);
		LocalDate end = to == null ? today : to;
		LocalDate start = from == null ? end.minusMonths(11).withDayOfMonth(1) : from;
		return ReportPeriod.parse(null, start, end);
	}
}
