package vn.motcua.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.DossierIndex766;
import vn.motcua.dossier.DossierIndicators;
import vn.motcua.identity.AgencyDirectory;
import vn.motcua.identity.Agency;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.survey.SurveyManagement;

/**
 * The Decision 766 service-quality index (DOMAIN.md §4): per agency (with the agencies under it) and period, every
 * indicator's numerator, denominator, ratio and points, the group and total scores. The indicators, their points and
 * thresholds are versioned data under {@code reports/indices/} (the 2022 five-group set, the 2026 six-group
 * weighting); the version in force on the period's last day applies. Points: ratio ≥ threshold gives the full points,
 * otherwise ratio × max ÷ threshold (ratio × max without a threshold); an indicator not measured (no data source yet,
 * or nothing to measure) scores 0 and says so.
 */
@Service
public class ServiceIndex {

	/** One indicator of a definition. */
	public record IndicatorDefinition(String id, String name, double maxPoints, @Nullable Double threshold) {
	}

	/** One group of a definition. */
	public record GroupDefinition(String id, String name, List<IndicatorDefinition> indicators) {

		public double maxPoints() {
			return indicators.stream().mapToDouble(IndicatorDefinition::maxPoints).sum();
		}
	}

	/** A versioned set of indicators. */
	public record Definition(String code, int version, String title, String legalBasis, LocalDate validFrom,
			List<GroupDefinition> groups) {
	}

	/** An indicator's score; {@code ratio} from 0 to 1, {@code null} when not measured. */
	public record IndicatorScore(String id, String name, @Nullable Long numerator, @Nullable Long denominator,
			@Nullable Double ratio, double points, double maxPoints, @Nullable Double threshold, boolean measured) {

		/** Whether the ratio is under the indicator's threshold (a warning on the page). */
		public boolean belowThreshold() {
			return threshold != null && ratio != null && ratio < threshold;
		}
	}

	/** A group's score. */
	public record GroupScore(String id, String name, double points, double maxPoints, List<IndicatorScore> indicators) {
	}

	/** The scorecard of one agency and period. */
	public record Scorecard(String agency, String agencyName, ReportPeriod period, int definitionVersion,
			String legalBasis, double total, List<GroupScore> groups) {

		public List<IndicatorScore> warnings() {
			return groups.stream().flatMap(g -> g.indicators().stream()).filter(IndicatorScore::belowThreshold).toList();
		}
	}

	/** The total of one month. */
	public record MonthScore(YearMonth month, double total, Map<String, Double> groupPoints) {
	}

	private final List<Definition> definitions;

	private final DossierIndex766 dossierIndicators;

	private final ReportManagement reports;

	private final AgencyDirectory agencies;

	private final SurveyManagement surveys;

	/** The monitoring figure fed by the periodic survey (not in Decision 766's scored set). */
	static final String SURVEY = "5.5";

	ServiceIndex(JsonMapper json, DossierIndex766 dossierIndicators, ReportManagement reports, AgencyDirectory agencies,
			SurveyManagement surveys) {
		List<Definition> loaded = new ArrayList<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:reports/indices/*.json")) {
				try (InputStream in = resource.getInputStream()) {
					loaded.add(json.readValue(in, Definition.class));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the index definitions", ex);
		}
		loaded.sort(Comparator.comparing(Definition::validFrom));
		this.definitions = List.copyOf(loaded);
		this.dossierIndicators = dossierIndicators;
		this.reports = reports;
		this.agencies = agencies;
		this.surveys = surveys;
	}

	/** The definition in force on {@code day}. */
	public Definition definition(LocalDate day) {
		return definitions.stream()
			.filter(d -> !d.validFrom().isAfter(day))
			.reduce((a, b) -> b)
			.orElseThrow(() -> new NotFoundException("Chưa có bộ chỉ số 766 áp dụng cho ngày " + day));
	}

	/** Every definition, oldest first. */
	public List<Definition> definitions() {
		return definitions;
	}

	/** The scorecard of an agency (the caller's own when none) over a period. */
	@PreAuthorize(ReportManagement.READERS)
	@Transactional(readOnly = true)
	public Scorecard compute(@Nullable String agencyCode, ReportPeriod period) {
		ReportManagement.Scope scope = reports.scope(agencyCode);
		return score(scope.agencyCode(), scope.agencyName(), scope.agencies(), period.from(), period.to(), period);
	}

	/** The scorecard of each month of the period, measured on its own. */
	@PreAuthorize(ReportManagement.READERS)
	@Transactional(readOnly = true)
	public List<MonthScore> monthly(@Nullable String agencyCode, ReportPeriod period) {
		ReportManagement.Scope scope = reports.scope(agencyCode);
		List<MonthScore> months = new ArrayList<>();
		for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
			LocalDate from = m.atDay(1).isBefore(period.from()) ? period.from() : m.atDay(1);
			LocalDate to = m.atEndOfMonth().isAfter(period.to()) ? period.to() : m.atEndOfMonth();
			Scorecard card = score(scope.agencyCode(), scope.agencyName(), scope.agencies(), from, to, period);
			Map<String, Double> groups = new java.util.LinkedHashMap<>();
			card.groups().forEach(g -> groups.put(g.id(), g.points()));
			months.add(new MonthScore(m, card.total(), groups));
		}
		return months;
	}

	/**
	 * The agencies directly under an agency side by side (the agency itself when it has none), each with its subtree.
	 */
	@PreAuthorize(ReportManagement.READERS)
	@Transactional(readOnly = true)
	public List<Scorecard> compare(@Nullable String agencyCode, ReportPeriod period) {
		ReportManagement.Scope scope = reports.scope(agencyCode);
		Agency root = agencies.findByCode(scope.agencyCode()).orElseThrow();
		List<Agency> children = agencies.findAllById(scope.agencies())
			.stream()
			.filter(a -> root.id().equals(a.parentId()))
			.sorted(Comparator.comparing(Agency::code))
			.toList();
		if (children.isEmpty()) {
			return List.of(score(root.code(), root.displayName(), scope.agencies(), period.from(), period.to(), period));
		}
		Map<UUID, Map<String, DossierIndicators.Ratio>> byAgency = dossierIndicators.measureByAgency(scope.agencies(),
				period.from(), period.to());
		return children.stream().map(a -> {
			Map<String, DossierIndicators.Ratio> sum = new java.util.LinkedHashMap<>();
			for (UUID id : agencies.subtree(a.id())) {
				byAgency.getOrDefault(id, Map.of())
					.forEach((k, r) -> sum.merge(k, r, (x, y) -> new DossierIndicators.Ratio(x.numerator() + y.numerator(),
							x.denominator() + y.denominator())));
			}
			DossierIndex766.ids().forEach(k -> sum.putIfAbsent(k, new DossierIndicators.Ratio(0, 0)));
			return score(a.code(), a.displayName(), period.to(), period,
					withSurvey(sum, agencies.subtree(a.id()), period.from(), period.to()));
		}).toList();
	}

	/** The records behind indicator {@code id}, each with the reason it counts or not. */
	@PreAuthorize(ReportManagement.READERS)
	@Transactional(readOnly = true)
	public List<DossierIndicators.Record> cells(@Nullable String agencyCode, ReportPeriod period, String id) {
		Definition definition = definition(period.to());
		boolean known = definition.groups().stream().flatMap(g -> g.indicators().stream()).anyMatch(i -> i.id().equals(id));
		if (!known) {
			throw new InvalidInputException("id", "Bộ chỉ số 766 không có chỉ số " + id);
		}
		if (SURVEY.equals(id)) {
			throw new InvalidInputException("id", "Chỉ số " + id + " lấy từ phiếu khảo sát: xem biểu KHAO-SAT");
		}
		if (!DossierIndex766.ids().contains(id)) {
			throw new InvalidInputException("id", "Chỉ số " + id + " chưa có nguồn số liệu trong hệ thống");
		}
		ReportManagement.Scope scope = reports.scope(agencyCode);
		return dossierIndicators.records(id, scope.agencies(), period.from(), period.to());
	}

	private Scorecard score(String code, String name, Set<UUID> scope, LocalDate from, LocalDate to,
			ReportPeriod period) {
		return score(code, name, to, period, withSurvey(dossierIndicators.measure(scope, from, to), scope, from, to));
	}

	private Map<String, DossierIndicators.Ratio> withSurvey(Map<String, DossierIndicators.Ratio> measured,
			Set<UUID> scope, LocalDate from, LocalDate to) {
		Map<String, DossierIndicators.Ratio> all = new java.util.LinkedHashMap<>(measured);
		SurveyManagement.Summary survey = surveys.summary(scope, from, to);
		all.put(SURVEY, new DossierIndicators.Ratio(survey.satisfied(), survey.responses()));
		return all;
	}

	private Scorecard score(String code, String name, LocalDate to, ReportPeriod period,
			Map<String, DossierIndicators.Ratio> measured) {
		Definition definition = definition(to);
		List<GroupScore> groups = new ArrayList<>();
		double total = 0;
		for (GroupDefinition group : definition.groups()) {
			List<IndicatorScore> scores = new ArrayList<>();
			double points = 0;
			for (IndicatorDefinition indicator : group.indicators()) {
				IndicatorScore score = score(indicator, measured.get(indicator.id()));
				scores.add(score);
				points += score.points();
			}
			groups.add(new GroupScore(group.id(), group.name(), round(points), group.maxPoints(), scores));
			total += points;
		}
		return new Scorecard(code, name, period, definition.version(), definition.legalBasis(), round(total), groups);
	}

	/** The points of one indicator from its ratio (DOMAIN.md §4.2 threshold rule). */
	static IndicatorScore score(IndicatorDefinition indicator, DossierIndicators.@Nullable Ratio ratio) {
		if (ratio == null || ratio.denominator() == 0) {
			return new IndicatorScore(indicator.id(), indicator.name(), ratio == null ? null : 0L,
					ratio == null ? null : 0L, null, 0, indicator.maxPoints(), indicator.threshold(), false);
		}
		double r = (double) ratio.numerator() / ratio.denominator();
		double points = indicator.threshold() == null ? r * indicator.maxPoints()
				: r >= indicator.threshold() ? indicator.maxPoints() : r * indicator.maxPoints() / indicator.threshold();
		return new IndicatorScore(indicator.id(), indicator.name(), ratio.numerator(), ratio.denominator(),
				Math.round(r * 10000) / 10000.0, round(points), indicator.maxPoints(), indicator.threshold(), true);
	}

	private static double round(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}
}
