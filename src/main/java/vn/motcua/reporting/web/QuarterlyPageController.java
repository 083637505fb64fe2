package vn.motcua.reporting.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.identity.AgencyManagement;
import vn.motcua.reporting.QuarterlyReports;
import vn.motcua.reporting.QuarterlyReports.TextsCommand;
import vn.motcua.reporting.ReportExports;
import vn.motcua.reporting.ReportPeriod;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;

/** The quarterly report page: figures from the data, a text box per section, submit, reopen, Word download. */
@Controller
@RequestMapping("/bao-cao/dinh-ky")
class QuarterlyPageController {

	private final QuarterlyReports reports;

	private final AgencyManagement agencies;

	private final PeriodChoices periodChoices;

	QuarterlyPageController(QuarterlyReports reports, AgencyManagement agencies, PeriodChoices periodChoices) {
		this.periodChoices = periodChoices;
		this.reports = reports;
		this.agencies = agencies;
	}

	@GetMapping
	String show(@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String agency, Model model) {
		String key = period == null || period.isBlank() ? periodChoices.currentQuarter() : period;
		ReportPeriod p = ReportPeriod.parse(key, null, null);
		model.addAttribute("report", reports.view(agency, p));
		model.addAttribute("periods", periodChoices.choices());
		model.addAttribute("agencies", agencies.visible());
		model.addAttribute("periodKey", p.key());
		return "reporting/quarterly";
	}

	@PostMapping
	String save(@RequestParam String period, @RequestParam(required = false) @Nullable String agency,
			@RequestParam Map<String, String> params, @RequestParam(defaultValue = "0") int revision, Model model,
			RedirectAttributes redirect) {
		ReportPeriod p = ReportPeriod.parse(period, null, null);
		TextsCommand onPage = onPage(params, revision);
		try {
			reports.saveTexts(agency, p, onPage);
		}
		catch (InvalidInputException | ConflictException ex) {
			return again(agency, p, onPage, ex, model);
		}
		redirect.addFlashAttribute("notice", "Đã lưu nội dung báo cáo.");
		return redirect(p.key(), agency);
	}

	/** "Gửi báo cáo" submits the editing form itself: what is typed on the page is saved, then sent. */
	@PostMapping("/gui")
	String submit(@RequestParam String period, @RequestParam(required = false) @Nullable String agency,
			@RequestParam Map<String, String> params, @RequestParam(defaultValue = "0") int revision, Model model,
			RedirectAttributes redirect) {
		ReportPeriod p = ReportPeriod.parse(period, null, null);
		TextsCommand onPage = onPage(params, revision);
		try {
			reports.submit(agency, p, onPage);
		}
		catch (InvalidInputException | ConflictException ex) {
			return again(agency, p, onPage, ex, model);
		}
		redirect.addFlashAttribute("notice", "Đã gửi báo cáo. Số liệu và nội dung được giữ nguyên như lúc gửi.");
		return redirect(p.key(), agency);
	}

	/** The texts ({@code text.<section>}), number and signer as typed on the page. */
	private static TextsCommand onPage(Map<String, String> params, int revision) {
		Map<String, String> texts = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("text.")) {
				texts.put(name.substring(5), value);
			}
		});
		return new TextsCommand(texts, params.get("number"), params.get("signer"), revision);
	}

	/** The page again with what was typed and the reason it was refused beside the fields. */
	private String again(@Nullable String agency, ReportPeriod p, TextsCommand onPage, RuntimeException ex,
			Model model) {
		model.addAttribute("report", reports.view(agency, p));
		model.addAttribute("periods", periodChoices.choices());
		model.addAttribute("agencies", agencies.visible());
		model.addAttribute("periodKey", p.key());
		model.addAttribute("errors", ex instanceof InvalidInputException invalid ? invalid.errors().stream()
			.collect(java.util.stream.Collectors.toMap(e -> e.field(), e -> e.message(), (a, b) -> a)) : Map.of());
		model.addAttribute("actionError", ex.getMessage());
		model.addAttribute("drafts", onPage.texts());
		return "reporting/quarterly";
	}

	@PostMapping("/mo-lai")
	String reopen(@RequestParam String period, @RequestParam(required = false) @Nullable String agency,
			RedirectAttributes redirect) {
		try {
			reports.reopen(agency, ReportPeriod.parse(period, null, null));
			redirect.addFlashAttribute("notice", "Đã mở lại báo cáo để sửa; bản đã gửi vẫn được lưu.");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("actionError", ex.getMessage());
		}
		return redirect(period, agency);
	}

	@GetMapping("/docx")
	ResponseEntity<byte[]> docx(@RequestParam String period, @RequestParam(required = false) @Nullable String agency) {
		return Downloads.attachment(reports.docx(agency, ReportPeriod.parse(period, null, null)));
	}

	private static String redirect(String period, @Nullable String agency) {
		return "redirect:/bao-cao/dinh-ky?period=" + period + (agency == null || agency.isBlank() ? "" : "&agency="
				+ java.net.URLEncoder.encode(agency, StandardCharsets.UTF_8));
	}
}
