package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.VietnamTime;

/**
 * Read-only ratios measured from dossiers for the targets of a control plan (Decision 766 style indicators): each
 * indicator is one base set (the denominator: which dossiers, dated by which time) and one predicate (the
 * numerator), used both for the figures and for the list of dossiers behind them, so they never disagree. Dates are
 * inclusive calendar days in Asia/Ho_Chi_Minh. The rules are written out in docs/control.md.
 */
@Service
public class DossierIndicators {

	/** Indicator code → its rule. */
	static final Map<String, Rule> RULES = new LinkedHashMap<>();

	static {
		RULES.put("ONLINE_DOSSIERS", new Rule("d.received_at", "true", "d.channel = 'ONLINE'",
				"Tiếp nhận trực tuyến", "Tiếp nhận trực tiếp hoặc qua bưu chính"));
		RULES.put("ONLINE_PAYMENT", new Rule("d.received_at", "d.fee_due_vnd > 0",
				"exists (select 1 from dossier_payment p where p.dossier_id = d.id and p.method = 'ONLINE')",
				"Có phí, lệ phí và đã thanh toán trực tuyến", "Có phí, lệ phí nhưng chưa thanh toán trực tuyến"));
		RULES.put("DOSSIERS_DIGITISED", new Rule("d.received_at", "true",
				DigitisationSource.ALL_DIGITISED,
				"Mọi thành phần hồ sơ đã được số hóa", "Còn thành phần hồ sơ chưa số hóa"));
		RULES.put("RESULTS_DIGITISED", new Rule("d.completed_at", "true", "d.result_file_id is not null",
				"Có kết quả, kết quả đã được số hóa (tệp kết quả điện tử)", "Có kết quả nhưng chưa số hóa kết quả"));
		RULES.put("DATA_REUSE", new Rule("d.received_at", "true",
				DigitisationSource.REUSED,
				"Có ít nhất một thành phần tái sử dụng dữ liệu số hóa", "Không tái sử dụng dữ liệu số hóa"));
		RULES.put("ON_TIME", new Rule("d.closed_at", "d.verdict is not null",
				"d.verdict in ('EARLY', 'ON_TIME')",
				"Giải quyết xong trước hoặc đúng hạn luật định", "Giải quyết xong sau hạn luật định"));
		RULES.put("SATISFACTION", new Rule("r.rated_at", "true", "r.score >= 4",
				"Đánh giá hài lòng (4 hoặc 5 sao)", "Đánh giá chưa hài lòng (1 đến 3 sao)"));
	}

	private final JdbcClient jdbc;

	DossierIndicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An indicator's rule: the time that dates a dossier into the range, the base condition (denominator), the
	 * numerator predicate, and the reasons shown in the list.
	 */
	record Rule(String dateColumn, String base, String numerator, String countedReason, String notCountedReason) {

		String from() {
			return dateColumn.startsWith("r.") ? "dossier d join dossier_rating r on r.dossier_id = d.id"
					: "dossier d";
		}

		String where() {
			return "d.agency_id = any(:agencies) and " + dateColumn + " >= :start and " + dateColumn + " < :end and ("
					+ base + ")";
		}
	}

	/** A ratio: how many dossiers meet the indicator out of how many it is measured on. */
	public record Ratio(long numerator, long denominator) {

		/** The percentage, {@code null} when nothing was measured. */
		public @Nullable Double percent() {
			return denominator == 0 ? null : 100.0 * numerator / denominator;
		}
	}

	/** A dossier behind an indicator: whether it counts in the numerator, and why. */
	public record Record(String code, String procedureName, String channel, @Nullable OffsetDateTime receivedAt,
			@Nullable OffsetDateTime at, boolean counted, String reason) {

		/** The staff page of the dossier. */
		public String link() {
			return "/ho-so/" + code;
		}
	}

	/** The indicator codes measured from dossiers. */
	public static List<String> indicators() {
		return List.copyOf(RULES.keySet());
	}

	/** The ratio of an indicator over the given agencies and days (inclusive). */
	@Transactional(readOnly = true)
	public Ratio measure(String indicator, Collection<UUID> agencies, LocalDate from, LocalDate to) {
		Rule rule = rule(indicator);
		return jdbc.sql("select count(*) filter (where " + rule.numerator() + ") as num, count(*) as den from "
				+ rule.from() + " where " + rule.where())
			.params(params(agencies, from, to))
			.query((rs, n) -> new Ratio(rs.getLong("num"), rs.getLong("den")))
			.single();
	}

	/** The ratio of each month (each month measured on its own) from {@code from} to {@code to}. */
	@Transactional(readOnly = true)
	public Map<YearMonth, Ratio> monthly(String indicator, Collection<UUID> agencies, LocalDate from, LocalDate to) {
		Rule rule = rule(indicator);
		Map<YearMonth, Ratio> months = new LinkedHashMap<>();
		for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
			months.put(m, new Ratio(0, 0));
		}
		jdbc.sql("select to_char(" + rule.dateColumn() + " at time zone motcua_zone(), 'YYYY-MM') as month, "
				+ "count(*) filter (where " + rule.numerator() + ") as num, count(*) as den from " + rule.from()
				+ " where " + rule.where() + " group by 1")
			.params(params(agencies, from, to))
			.query((rs, n) -> Map.entry(YearMonth.parse(rs.getString("month")),
					new Ratio(rs.getLong("num"), rs.getLong("den"))))
			.list()
			.forEach(e -> months.put(e.getKey(), e.getValue()));
		return months;
	}

	/** The dossiers an indicator is measured on, each marked counted or not, oldest first. */
	@Transactional(readOnly = true)
	public List<Record> records(String indicator, Collection<UUID> agencies, LocalDate from, LocalDate to) {
		Rule rule = rule(indicator);
		return jdbc.sql("select d.code, d.procedure_name, d.channel, d.received_at, " + rule.dateColumn()
				+ " as dated_at, (" + rule.numerator() + ") as counted from " + rule.from() + " where " + rule.where()
				+ " order by " + rule.dateColumn() + ", d.code")
			.params(params(agencies, from, to))
			.query((rs, n) -> record(rs, rule))
			.list();
	}

	/** A row with {@code code, procedure_name, channel, received_at, dated_at, counted} as a record of {@code rule}. */
	static Record record(java.sql.ResultSet rs, Rule rule) throws java.sql.SQLException {
		boolean counted = rs.getBoolean("counted");
		return new Record(rs.getString("code"), rs.getString("procedure_name"), rs.getString("channel"),
				Dossiers.time(rs, "received_at"), Dossiers.time(rs, "dated_at"), counted,
				counted ? rule.countedReason() : rule.notCountedReason());
	}

	private static Rule rule(String indicator) {
		Rule rule = RULES.get(indicator);
		if (rule == null) {
			throw new InvalidInputException("indicator", "Chỉ số " + indicator + " không tính từ hồ sơ");
		}
		return rule;
	}

	private static Map<String, Object> params(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("agencies", agencies.toArray(UUID[]::new));
		params.put("start", from.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		params.put("end", to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		return params;
	}
}
