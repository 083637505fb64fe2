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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalogue.CatalogueStatistics;
import vn.motcua.dossier.DossierIndex766;
import vn.motcua.dossier.DossierIndicators;
import vn.motcua.identity.AgencyDirectory;
import vn.motcua.identity.Agency;
import vn.motcua.shared.IndexSource;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.PortalSyncSource;
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
@vn.motcua.shared.ReportQuery
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

	/**
	 * An indicator's score; {@code ratio} from 0 to 1, {@code null} when not measured or not a share; {@code value} a
	 * figure that is not a share (2.2's average working days); {@code note} why it is not measured, or the unit of
	 * {@code value}.
	 */
	public record IndicatorScore(String id, String name, @Nullable Long numerator, @Nullable Long denominator,
			@Nullable Double ratio, double points, double maxPoints, @Nullable Double threshold, boolean measured,
			@Nullable Double value, @Nullable String note) {

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

	private final List<IndexSource> sources;

	private final ObjectProvider<PortalSyncSource> portal;

	private final CatalogueStatistics catalogue;

	/** The monitoring figure fed by the periodic survey (not in Decision 766's scored set). */
	static final String SURVEY = "5.5";

	/**
	 * Indicators whose formula needs data this system cannot hold, with the reason shown instead of a figure
	 * (docs/reports.md).
	 */
	static final Map<String, String> NOT_MEASURABLE = Map.of("4.4",
			"Chưa kết nối kho quản lý dữ liệu điện tử của tổ chức, cá nhân trên Cổng DVCQG: việc số hóa có lưu vào kho "
					+ "đó hay không chỉ Cổng DVCQG biết",
			"4.5",
			"Chưa kết nối Cơ sở dữ liệu quốc gia về dân cư (VNeID): hệ thống không khai thác được dữ liệu dân cư nên "
					+ "không có hồ sơ nào ứng dụng dữ liệu này để đếm");

	/** Why 1.4 is not measured while no module syncs dossiers to the national portal. */
	static final String PORTAL_NOT_CONNECTED = "Chưa kết nối Cổng DVCQG: chưa có số hồ sơ đã đồng bộ để so sánh";

	ServiceIndex(JsonMapper json, DossierIndex766 dossierIndicators, ReportManagement reports, AgencyDirectory agencies,
			SurveyManagement surveys, List<IndexSource> sources, ObjectProvider<PortalSyncSource> portal,
			CatalogueStatistics catalogue) {
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
		this.sources = List.copyOf(sources);
		this.portal = portal;
		this.catalogue = catalogue;
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
		// every source is read once for all the agencies and counted per subtree (docs/benchmarks.md)
		Map<UUID, Set<UUID>> subtrees = new java.util.LinkedHashMap<>();
		children.forEach(a -> subtrees.put(a.id(), agencies.subtree(a.id())));
		Map<UUID, DossierIndex766.Scan> byAgency = dossierIndicators.scanByAgency(IndexSource.union(subtrees),
				period.from(), period.to());
		Map<UUID, DossierIndex766.Scan> scans = new java.util.LinkedHashMap<>();
		subtrees.forEach((child, subtree) -> {
			DossierIndex766.Scan sum = DossierIndex766.Scan.empty();
			for (UUID id : subtree) {
				sum = sum.plus(byAgency.getOrDefault(id, DossierIndex766.Scan.empty()));
			}
			scans.put(child, sum);
		});
		Map<UUID, Map<String, IndexSource.Measure>> measured = withOthers(scans, subtrees, period.from(), period.to());
		return children.stream()
			.map(a -> score(a.code(), a.displayName(), period.to(), period, measured.get(a.id())))
			.toList();
	}

	/** The records behind indicator {@code id}, each with the reason it counts or not. */
	@PreAuthorize(ReportManagement.READERS)
	@Transactional(readOnly = true)
	public List<IndexSource.Item> cells(@Nullable String agencyCode, ReportPeriod period, String id) {
		Definition definition = definition(period.to());
		boolean known = definition.groups().stream().flatMap(g -> g.indicators().stream()).anyMatch(i -> i.id().equals(id));
		if (!known) {
			throw new InvalidInputException("id", "Bộ chỉ số 766 không có chỉ số " + id);
		}
		if (SURVEY.equals(id)) {
			throw new InvalidInputException("id", "Chỉ số " + id + " lấy từ phiếu khảo sát: xem biểu KHAO-SAT");
		}
		if (NOT_MEASURABLE.containsKey(id)) {
			throw new InvalidInputException("id", "Chỉ số " + id + " chưa đo được: " + NOT_MEASURABLE.get(id));
		}
		ReportManagement.Scope scope = reports.scope(agencyCode);
		Set<UUID> agencyIds = scope.agencies();
		LocalDate from = period.from();
		LocalDate to = period.to();
		for (IndexSource source : sources) {
			if (source.ids().contains(id)) {
				return source.items(id, agencyIds, from, to);
			}
		}
		return switch (id) {
			case "1.4" -> synced(agencyIds, from, to);
			case "2.2" -> dossierIndicators.averageTimeByProcedure(agencyIds, from, to);
			case "3.2" -> onlineInUse(catalogue.inForce(agencyIds, to),
					dossierIndicators.procedureUse(agencyIds, from, to));
			case "3.5" -> paymentIntegrated(catalogue.inForce(agencyIds, to), catalogue.feeBearing(agencyIds, to),
					dossierIndicators.procedureUse(agencyIds, from, to));
			default -> {
				if (!DossierIndex766.ids().contains(id)) {
					throw new InvalidInputException("id", "Chỉ số " + id + " chưa có nguồn số liệu trong hệ thống");
				}
				yield dossierIndicators.records(id, agencyIds, from, to).stream().map(ServiceIndex::item).toList();
			}
		};
	}

	private static IndexSource.Item item(DossierIndicators.Record r) {
		return new IndexSource.Item("DOSSIER", r.code(), r.procedureName(), r.channel(), r.receivedAt(), r.at(),
				r.counted(), r.reason(), r.link());
	}

	/** 1.4: the dossiers received in the period, each counted when the national portal holds it. */
	private List<IndexSource.Item> synced(Set<UUID> scope, LocalDate from, LocalDate to) {
		PortalSyncSource source = portal.getIfAvailable();
		if (source == null) {
			throw new InvalidInputException("id", "Chỉ số 1.4 chưa đo được: " + PORTAL_NOT_CONNECTED);
		}
		List<DossierIndicators.Record> received = dossierIndicators.records("3.3", scope, from, to);
		Set<String> held = source.synced(received.stream().map(DossierIndicators.Record::code).toList());
		return received.stream().map(r -> {
			boolean synced = held.contains(r.code());
			return new IndexSource.Item("DOSSIER", r.code(), r.procedureName(), r.channel(), r.receivedAt(), r.at(),
					synced, synced ? "Đã đồng bộ lên Cổng DVCQG" : "Chưa đồng bộ lên Cổng DVCQG", r.link());
		}).toList();
	}

	/** 3.2: the procedures in force offered online, each counted when an online dossier was received in the period. */
	private static List<IndexSource.Item> onlineInUse(List<CatalogueStatistics.ProcedureInForce> inForce,
			Map<String, DossierIndex766.ProcedureUse> use) {
		return inForce.stream()
			.filter(p -> !"NONE".equals(p.onlineMode()))
			.map(p -> {
				long n = use.containsKey(p.code()) ? use.get(p.code()).receivedOnline() : 0;
				return new IndexSource.Item("PROCEDURE", p.code(), p.name(), null, null, null, n > 0,
						n > 0 ? n + " hồ sơ nộp trực tuyến trong kỳ" : "Không phát sinh hồ sơ trực tuyến trong kỳ",
						"/quan-tri/thu-tuc/" + p.code());
			})
			.toList();
	}

	/**
	 * 3.5: the procedures in force with a fee, each counted when online payment is integrated. The portal flags the
	 * integration on the service; here it shows by use: a fee of a dossier received in the period paid online.
	 * {@code fees}: the codes of the procedures in force with a fee (of these agencies or more: codes are unique).
	 */
	private static List<IndexSource.Item> paymentIntegrated(List<CatalogueStatistics.ProcedureInForce> inForce,
			Set<String> fees, Map<String, DossierIndex766.ProcedureUse> use) {
		return inForce.stream().filter(p -> fees.contains(p.code())).map(p -> {
			long paid = use.containsKey(p.code()) ? use.get(p.code()).paidOnline() : 0;
			return new IndexSource.Item("PROCEDURE", p.code(), p.name(), null, null, null, paid > 0,
					paid > 0 ? "Có phí, lệ phí; " + paid + " hồ sơ thanh toán trực tuyến trong kỳ"
							: "Có phí, lệ phí; chưa có hồ sơ thanh toán trực tuyến trong kỳ",
					"/quan-tri/thu-tuc/" + p.code());
		}).toList();
	}



	private Scorecard score(String code, String name, Set<UUID> scope, LocalDate from, LocalDate to,
			ReportPeriod period) {
		String key = "";
		return score(code, name, to, period,
				withOthers(Map.of(key, dossierIndicators.scan(scope, from, to)), Map.of(key, scope), from, to).get(key));
	}

	/**
	 * The dossier figures of each scope with every other source's: survey, catalogue, feedback, portal, average time.
	 * Each source is read once for all the scopes' agencies and counted per scope (one scope for a scorecard, one per
	 * agency side by side for the province comparison), so both read the same rules the same way.
	 */
	private <K> Map<K, Map<String, IndexSource.Measure>> withOthers(Map<K, DossierIndex766.Scan> scans,
			Map<K, Set<UUID>> scopes, LocalDate from, LocalDate to) {
		Set<UUID> union = IndexSource.union(scopes);
		Map<UUID, SurveyManagement.Summary> surveyed = surveys.summaryByAgency(union, from, to);
		List<CatalogueStatistics.ProcedureInForce> inForce = catalogue.inForce(union, to);
		Set<String> fees = catalogue.feeBearing(union, to);
		List<Map<K, Map<String, IndexSource.Measure>>> fromSources = sources.stream()
			.map(source -> source.measureEach(scopes, from, to))
			.toList();
		PortalSyncSource portalSource = portal.getIfAvailable();
		Map<UUID, Long> synced = portalSource == null ? Map.of()
				: portalSource.syncedReceivedByAgency(union, from, to);
		Map<K, Map<String, IndexSource.Measure>> result = new java.util.LinkedHashMap<>();
		scopes.forEach((key, scope) -> {
			DossierIndex766.Scan scan = scans.get(key);
			Map<String, DossierIndicators.Ratio> measured = scan.ratios();
			Map<String, IndexSource.Measure> all = new java.util.LinkedHashMap<>();
			measured.forEach((id, r) -> all.put(id, new IndexSource.Measure(r.numerator(), r.denominator())));
			// the scan says which procedures were used online; counting them needs no per-procedure figures
			Map<String, DossierIndex766.ProcedureUse> use = new java.util.LinkedHashMap<>();
			scan.receivedOnline().forEach(c -> use.merge(c, new DossierIndex766.ProcedureUse(1, 0), DossierIndex766.ProcedureUse::plus));
			scan.paidOnline().forEach(c -> use.merge(c, new DossierIndex766.ProcedureUse(0, 1), DossierIndex766.ProcedureUse::plus));
			SurveyManagement.Summary survey = new SurveyManagement.Summary(0, 0);
			long syncedReceived = 0;
			for (UUID agency : scope) {
				survey = survey.plus(surveyed.getOrDefault(agency, new SurveyManagement.Summary(0, 0)));
				syncedReceived += synced.getOrDefault(agency, 0L);
			}
			all.put(SURVEY, new IndexSource.Measure(survey.satisfied(), survey.responses()));
			fromSources.forEach(byScope -> all.putAll(byScope.get(key)));
			List<CatalogueStatistics.ProcedureInForce> mine = inForce.stream()
				.filter(p -> scope.contains(p.agencyId()))
				.toList();
			all.put("2.2", scan.averageTime());
			all.put("3.2", IndexSource.Measure.of(onlineInUse(mine, use)));
			all.put("3.5", IndexSource.Measure.of(paymentIntegrated(mine, fees, use)));
			if (portalSource == null) {
				all.put("1.4", new IndexSource.Measure(0, 0, null, PORTAL_NOT_CONNECTED));
			}
			else {
				long denominator = measured.containsKey("3.3") ? measured.get("3.3").denominator() : 0;
				all.put("1.4", new IndexSource.Measure(Math.min(denominator, syncedReceived), denominator));
			}
			NOT_MEASURABLE.forEach((id, why) -> all.put(id, new IndexSource.Measure(0, 0, null, why)));
			result.put(key, all);
		});
		return result;
	}

	private Scorecard score(String code, String name, LocalDate to, ReportPeriod period,
			Map<String, IndexSource.Measure> measured) {
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
	static IndicatorScore score(IndicatorDefinition indicator, IndexSource.@Nullable Measure ratio) {
		if (ratio == null || ratio.denominator() == 0) {
			String note = ratio == null ? "Chưa có nguồn số liệu trong hệ thống"
					: ratio.note() != null ? ratio.note() : "Không có gì để đo trong kỳ (mẫu số bằng 0)";
			return new IndicatorScore(indicator.id(), indicator.name(), ratio == null ? null : 0L,
					ratio == null ? null : 0L, null, 0, indicator.maxPoints(), indicator.threshold(), false, null,
					note);
		}
		if (ratio.value() != null) {
			return new IndicatorScore(indicator.id(), indicator.name(), ratio.numerator(), ratio.denominator(), null, 0,
					indicator.maxPoints(), indicator.threshold(), true, ratio.value(), ratio.note());
		}
		double r = (double) ratio.numerator() / ratio.denominator();
		double points = indicator.threshold() == null ? r * indicator.maxPoints()
				: r >= indicator.threshold() ? indicator.maxPoints() : r * indicator.maxPoints() / indicator.threshold();
		return new IndicatorScore(indicator.id(), indicator.name(), ratio.numerator(), ratio.denominator(),
				Math.round(r * 10000) / 10000.0, round(points), indicator.maxPoints(), indicator.threshold(), true, null,
				null);
	}

	private static double round(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}
}
