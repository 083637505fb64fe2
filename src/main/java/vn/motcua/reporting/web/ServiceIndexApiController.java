package vn.motcua.reporting.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.reporting.ReportPeriod;
import vn.motcua.reporting.ServiceIndex;
import vn.motcua.reporting.ServiceIndexXlsx;
import vn.motcua.shared.IndexSource;
import vn.motcua.shared.InvalidInputException;

/** The Decision 766 index over HTTP (API.md "Service-quality index"). */
@RestController
@RequestMapping("/api/v1/indices/766")
class ServiceIndexApiController {

	private final ServiceIndex index;

	private final ServiceIndexXlsx xlsx;

	ServiceIndexApiController(ServiceIndex index, ServiceIndexXlsx xlsx) {
		this.index = index;
		this.xlsx = xlsx;
	}

	record IndicatorJson(String id, String name, @Nullable Long numerator, @Nullable Long denominator,
			@Nullable Double ratio, double points, double maxPoints, @Nullable Double threshold, boolean measured,
			boolean belowThreshold, @Nullable Double value, @Nullable String note) {
	}

	record GroupJson(String id, String name, double points, double maxPoints, List<IndicatorJson> indicators) {
	}

	record IndexJson(String agency, String period, String periodLabel, int definitionVersion, double total,
			List<GroupJson> groups) {
	}

	/** The scorecard as JSON, or with {@code format=xlsx} as a workbook. */
	@GetMapping
	ResponseEntity<?> index(@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable String format) {
		ReportPeriod p = ReportPeriod.parse(period, from, to);
		ServiceIndex.Scorecard card = index.compute(agency, p);
		if (format == null || format.isBlank() || "json".equalsIgnoreCase(format)) {
			return ResponseEntity.ok(json(card));
		}
		if (!"xlsx".equalsIgnoreCase(format)) {
			throw new InvalidInputException("format", "Định dạng phải là json hoặc xlsx");
		}
		String name = "chi-so-766-" + card.agency() + "-" + p.key() + ".xlsx";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(xlsx.export(card, index.monthly(agency, p)));
	}

	/** The agencies directly under {@code agency} side by side, each with its subtree. */
	@GetMapping("/agencies")
	List<IndexJson> agencies(@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return index.compare(agency, ReportPeriod.parse(period, from, to)).stream().map(ServiceIndexApiController::json).toList();
	}

	/** The records behind one indicator, each with the reason it counts or not. */
	@GetMapping("/cells")
	List<IndexSource.Item> cells(@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam String id) {
		return index.cells(agency, ReportPeriod.parse(period, from, to), id);
	}

	static IndexJson json(ServiceIndex.Scorecard card) {
		return new IndexJson(card.agency(), card.period().key(), card.period().label(), card.definitionVersion(),
				card.total(),
				card.groups()
					.stream()
					.map(g -> new GroupJson(g.id(), g.name(), g.points(), g.maxPoints(),
							g.indicators()
								.stream()
								.map(i -> new IndicatorJson(i.id(), i.name(), i.numerator(), i.denominator(), i.ratio(),
										i.points(), i.maxPoints(), i.threshold(), i.measured(), i.belowThreshold(), i.value(),
										i.note()))
								.toList()))
					.toList());
	}
}
