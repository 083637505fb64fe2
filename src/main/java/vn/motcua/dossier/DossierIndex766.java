package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.DossierIndicators.Ratio;
import vn.motcua.dossier.DossierIndicators.Record;
import vn.motcua.shared.IndexSource;
import vn.motcua.shared.InvalidInputException;

/**
 * The Decision 766 indicators measured from dossiers (DOMAIN.md §4.2), keyed by their id. Every indicator is a base
 * (denominator) and a numerator predicate over the dossiers in the period's work (received before its end, not
 * closed before its start), so all are counted in one scan and every figure lists the dossiers behind it with the
 * reason. Timeliness (2.1, 5.4) is the 766 reading of {@link TimelinessModel}: a pause while waiting for the citizen,
 * late when a supplement request broke the rule.
 */
@Service
public class DossierIndex766 {

	private static final String RECEIVED_IN_PERIOD = "d.received_at >= :start";

	private static final String ON_TIME_766 = "(case when d.closed_at < :end then coalesce(d.on_time_766, true) else "
			+ TimelinessModel.atEnd(TimelinessModel.pendingOnTime766("e", ":lastDay")) + " end)";

	private static final String ALL_DIGITISED = DigitisationSource.ALL_DIGITISED;

	private static final String COMPLETED_IN_PERIOD = "d.completed_at >= :start and d.completed_at < :end";

	private static final String PAID_ONLINE = "exists (select 1 from dossier_payment p where p.dossier_id = d.id"
			+ " and p.method = 'ONLINE')";

	/** Indicator id → base, numerator and the reasons in words. */
	static final Map<String, DossierIndicators.Rule> RULES = new LinkedHashMap<>();

	static {
		RULES.put("2.1", new DossierIndicators.Rule("d.received_at", "true", ON_TIME_766,
				"Giải quyết hoặc đang giải quyết đúng hạn (chỉ số 766: trừ thời gian chờ bổ sung)",
				"Trễ hạn theo chỉ số 766 (quá hạn, hoặc yêu cầu bổ sung quá một lần hay sau 03 ngày làm việc)"));
		RULES.put("3.3", new DossierIndicators.Rule("d.received_at", RECEIVED_IN_PERIOD, "d.channel = 'ONLINE'",
				"Tiếp nhận trực tuyến trong kỳ", "Tiếp nhận trực tiếp hoặc qua bưu chính trong kỳ"));
		RULES.put("3.6", new DossierIndicators.Rule("d.received_at", RECEIVED_IN_PERIOD + " and d.fee_due_vnd > 0",
				PAID_ONLINE, "Có phí, lệ phí và đã thanh toán trực tuyến", "Có phí, lệ phí nhưng chưa thanh toán trực tuyến"));
		RULES.put("4.1", new DossierIndicators.Rule("d.completed_at",
				"d.completed_at >= :start and d.completed_at < :end", "d.result_file_id is not null",
				"Có kết quả số hóa (tệp kết quả: kết quả điện tử ký số hoặc bản chụp kết quả giấy)",
				"Có kết quả nhưng chưa số hóa kết quả"));
		RULES.put("4.2", new DossierIndicators.Rule("d.received_at", RECEIVED_IN_PERIOD,
				ALL_DIGITISED + " and d.result_file_id is not null",
				"Mọi thành phần đã số hóa và có kết quả điện tử",
				"Còn thành phần chưa số hóa hoặc chưa có kết quả điện tử"));
		RULES.put("4.3", new DossierIndicators.Rule("d.received_at", RECEIVED_IN_PERIOD,
				DigitisationSource.REUSED,
				"Có ít nhất một thành phần tái sử dụng dữ liệu số hóa", "Không tái sử dụng dữ liệu số hóa"));
		RULES.put("5.4", new DossierIndicators.Rule("d.received_at", "true", ON_TIME_766
				+ " and not exists (select 1 from dossier_rating r where r.dossier_id = d.id and r.score < 4)",
				"Đúng hạn và không bị đánh giá chưa hài lòng",
				"Trễ hạn theo chỉ số 766, hoặc người nộp đánh giá chưa hài lòng (1 đến 3 sao)"));
	}

	private static final String SCOPE = """
			d.agency_id = any(:agencies) and d.received_at is not null and d.received_at < :end
			and coalesce(d.closed_at, 'infinity'::timestamptz) >= :start""";

	private final JdbcClient jdbc;

	private final CalendarManagement calendar;

	DossierIndex766(JdbcClient jdbc, CalendarManagement calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** How far back the working-day counts of indicator 2.2 reach; an older receipt counts from there. */
	static final int AVERAGE_TIME_YEARS = 3;

	/**
	 * The dossiers completed in the period; the working days from receipt to completion are read from the calendar's
	 * cumulative count of working days ({@code :ords}, day by day from {@code :first}) by array index, one lookup per
	 * day and dossier, so the statement is one index range per agency with no join.
	 */
	private static final String ELAPSED = """
			select %s from dossier d
			where d.agency_id = any(:agencies) and d.closed_at >= :start and d.closed_at < :end
			  and d.completed_at >= :start and d.completed_at < :end %s""";

	private static final String DAYS = "greatest((cast(:ords as int[]))[cast(d.completed_at at time zone "
			+ "'Asia/Ho_Chi_Minh' as date) - cast(:first as date) + 1] - coalesce((cast(:ords as int[]))"
			+ "[cast(d.received_at at time zone 'Asia/Ho_Chi_Minh' as date) - cast(:first as date) + 1], 0), 0)";

	/** The cumulative working days from {@code from} less {@link #AVERAGE_TIME_YEARS} up to {@code to}. */
	private Map<String, Object> elapsedParams(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		Map<String, Object> params = DossierStatistics.params(agencies, from, to);
		WorkingCalendar cal = calendar.calendar();
		LocalDate first = from.minusYears(AVERAGE_TIME_YEARS);
		List<Integer> ords = new ArrayList<>();
		int n = 0;
		for (LocalDate day = first; !day.isAfter(to); day = day.plusDays(1)) {
			if (cal.covers(day) ? cal.isWorkingDay(day) : day.getDayOfWeek().getValue() < 6) {
				n++;
			}
			ords.add(n);
		}
		params.put("first", first);
		params.put("ords", ords.toArray(Integer[]::new));
		return params;
	}

	/**
	 * Indicator 2.2, the average processing time: the working days from receipt to completion (after the receipt day
	 * up to the completion day, on the working calendar) of the dossiers completed in the period; not scored.
	 */
	@Transactional(readOnly = true)
	public IndexSource.Measure averageTime(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		return jdbc.sql(ELAPSED.formatted("count(*) as finished, coalesce(sum(" + DAYS + "), 0) as total", ""))
			.params(elapsedParams(agencies, from, to))
			.query((rs, i) -> averageOf(rs.getLong("total"), rs.getLong("finished")))
			.single();
	}

	/** The average of {@code total} working days over {@code finished} dossiers (2.2), also for sums of agencies. */
	public static IndexSource.Measure averageOf(long total, long finished) {
		return new IndexSource.Measure(total, finished,
				finished == 0 ? null : Math.round(100.0 * total / finished) / 100.0, "ngày làm việc");
	}

	/** Indicator 2.2 per procedure: dossiers completed in the period and their average working days. */
	@Transactional(readOnly = true)
	public List<IndexSource.Item> averageTimeByProcedure(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		return jdbc.sql(ELAPSED.formatted("d.procedure_code, min(d.procedure_name) as name, count(*) as finished, "
				+ "sum(" + DAYS + ") as total, round(avg(d.processing_amount), 1) as legal, "
				+ "min(d.processing_unit) as unit", " group by d.procedure_code order by d.procedure_code"))
			.params(elapsedParams(agencies, from, to))
			.query((rs, i) -> {
				double average = Math.round(100.0 * rs.getLong("total") / rs.getLong("finished")) / 100.0;
				String unit = "WORKING_HOUR".equals(rs.getString("unit")) ? "giờ làm việc" : "ngày làm việc";
				return new IndexSource.Item("PROCEDURE", rs.getString("procedure_code"), rs.getString("name"), null,
						null, null, true,
						rs.getLong("finished") + " hồ sơ hoàn thành, trung bình " + average
								+ " ngày làm việc từ tiếp nhận đến hoàn thành (thời hạn quy định "
								+ rs.getBigDecimal("legal").stripTrailingZeros().toPlainString() + " " + unit + ")",
						"/quan-tri/thu-tuc/" + rs.getString("procedure_code"));
			})
			.list();
	}

	/** How the dossiers received in the period used a procedure's online service and online payment. */
	public record ProcedureUse(long receivedOnline, long paidOnline) {

		public ProcedureUse plus(ProcedureUse other) {
			return new ProcedureUse(receivedOnline + other.receivedOnline, paidOnline + other.paidOnline);
		}
	}

	/** Per procedure code, the dossiers received in the period online and those paid online (3.2, 3.5). */
	@Transactional(readOnly = true)
	public Map<String, ProcedureUse> procedureUse(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		Map<String, ProcedureUse> use = new LinkedHashMap<>();
		procedureUseByAgency(agencies, from, to).values()
			.forEach(byCode -> byCode.forEach((code, u) -> use.merge(code, u, ProcedureUse::plus)));
		return use;
	}

	/** {@link #procedureUse} per agency, in one pass over the period's received dossiers. */
	@Transactional(readOnly = true)
	public Map<UUID, Map<String, ProcedureUse>> procedureUseByAgency(Collection<UUID> agencies, LocalDate from,
			LocalDate to) {
		Map<UUID, Map<String, ProcedureUse>> use = new LinkedHashMap<>();
		jdbc.sql("""
				select d.agency_id, d.procedure_code, count(*) filter (where d.channel = 'ONLINE') as online,
				       count(*) filter (where d.fee_due_vnd > 0 and exists (select 1 from dossier_payment p
				                        where p.dossier_id = d.id and p.method = 'ONLINE')) as paid_online
				from dossier d where d.agency_id = any(:agencies) and d.received_at >= :start and d.received_at < :end
				group by d.agency_id, d.procedure_code""")
			.params(DossierStatistics.params(agencies, from, to))
			.query((rs, i) -> use.computeIfAbsent(rs.getObject("agency_id", UUID.class), k -> new LinkedHashMap<>())
				.put(rs.getString("procedure_code"), new ProcedureUse(rs.getLong("online"), rs.getLong("paid_online"))))
			.list();
		return use;
	}


	/** The ids measured here. */
	public static Set<String> ids() {
		return RULES.keySet();
	}

	/** Every indicator measured here, in one pass over the period's dossiers. */
	@Transactional(readOnly = true)
	public Map<String, Ratio> measure(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		return scan(agencies, from, to).ratios();
	}

	/**
	 * What one pass over the period's dossiers gives the scorecard: the ratios of {@link #ids()}, indicator 2.2's
	 * average time, and the procedures with a dossier received online and with a fee paid online in the period (3.2,
	 * 3.5; the list behind those figures counts them per procedure with {@link #procedureUse}).
	 */
	public record Scan(Map<String, Ratio> ratios, IndexSource.Measure averageTime, Set<String> receivedOnline,
			Set<String> paidOnline) {

		/** Two agencies' scans together (the province comparison sums a subtree). */
		public Scan plus(Scan other) {
			Map<String, Ratio> sum = new LinkedHashMap<>(ratios);
			other.ratios.forEach((k, r) -> sum.merge(k, r,
					(x, y) -> new Ratio(x.numerator() + y.numerator(), x.denominator() + y.denominator())));
			Set<String> online = new java.util.TreeSet<>(receivedOnline);
			online.addAll(other.receivedOnline);
			Set<String> paid = new java.util.TreeSet<>(paidOnline);
			paid.addAll(other.paidOnline);
			return new Scan(sum, averageOf(averageTime.numerator() + other.averageTime.numerator(),
					averageTime.denominator() + other.averageTime.denominator()), online, paid);
		}

		/** Nothing measured (an agency without dossiers in the period). */
		public static Scan empty() {
			Map<String, Ratio> zero = new LinkedHashMap<>();
			RULES.keySet().forEach(k -> zero.put(k, new Ratio(0, 0)));
			return new Scan(zero, averageOf(0, 0), Set.of(), Set.of());
		}
	}

	/** Every figure of {@link Scan} in one pass over the period's dossiers. */
	@Transactional(readOnly = true)
	public Scan scan(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		return jdbc.sql(sql()).params(elapsedParams(agencies, from, to)).query((rs, n) -> scan(rs)).single();
	}

	/** {@link #scan} per agency, in one pass over the period's dossiers of all {@code agencies}. */
	@Transactional(readOnly = true)
	public Map<UUID, Scan> scanByAgency(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		Map<UUID, Scan> result = new LinkedHashMap<>();
		jdbc.sql(sql("d.agency_id, ") + " group by d.agency_id")
			.params(elapsedParams(agencies, from, to))
			.query((rs, n) -> result.put(rs.getObject("agency_id", UUID.class), scan(rs)))
			.list();
		return result;
	}

	private static Scan scan(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Scan(ratios(rs), averageOf(rs.getLong("elapsed"), rs.getLong("finished")),
				codes(rs.getArray("online_codes")), codes(rs.getArray("paid_codes")));
	}

	private static Set<String> codes(java.sql.@org.jspecify.annotations.Nullable Array array)
			throws java.sql.SQLException {
		return array == null ? Set.of() : new java.util.TreeSet<>(java.util.Arrays.asList((String[]) array.getArray()));
	}


	/** The statement of {@link #measure}, also explained in the benchmark. */
	static String sql() {
		return sql("");
	}

	private static String sql(String groupColumns) {
		StringBuilder sql = new StringBuilder("select ").append(groupColumns);
		int i = 0;
		for (DossierIndicators.Rule rule : RULES.values()) {
			sql.append(i == 0 ? "" : ", ")
				.append("count(*) filter (where ").append(rule.base()).append(") as d").append(i)
				.append(", count(*) filter (where ").append(rule.base()).append(" and ").append(rule.numerator())
				.append(") as n").append(i);
			i++;
		}
		sql.append(", count(*) filter (where ").append(COMPLETED_IN_PERIOD).append(") as finished")
			.append(", coalesce(sum(").append(DAYS).append(") filter (where ").append(COMPLETED_IN_PERIOD)
			.append("), 0) as elapsed")
			.append(", array_agg(distinct d.procedure_code) filter (where ").append(RECEIVED_IN_PERIOD)
			.append(" and d.channel = 'ONLINE') as online_codes")
			.append(", array_agg(distinct d.procedure_code) filter (where ").append(RECEIVED_IN_PERIOD)
			.append(" and d.fee_due_vnd > 0 and ").append(PAID_ONLINE).append(") as paid_codes");
		return sql.append(" from dossier d where ").append(SCOPE).toString();
	}

	/** The dossiers an indicator is measured on, each marked counted or not, oldest first. */
	@Transactional(readOnly = true)
	public List<Record> records(String id, Collection<UUID> agencies, LocalDate from, LocalDate to) {
		DossierIndicators.Rule rule = RULES.get(id);
		if (rule == null) {
			throw new InvalidInputException("id", "Chỉ số " + id + " không tính từ hồ sơ");
		}
		return jdbc.sql("select d.code, d.procedure_name, d.channel, d.received_at, " + rule.dateColumn()
				+ " as dated_at, (" + rule.numerator() + ") as counted from dossier d where " + SCOPE + " and ("
				+ rule.base() + ") order by d.received_at, d.code")
			.params(DossierStatistics.params(agencies, from, to))
			.query((rs, n) -> DossierIndicators.record(rs, rule))
			.list();
	}

	private static Map<String, Ratio> ratios(java.sql.ResultSet rs) throws java.sql.SQLException {
		Map<String, Ratio> ratios = new LinkedHashMap<>();
		int i = 0;
		for (String id : RULES.keySet()) {
			ratios.put(id, new Ratio(rs.getLong("n" + i), rs.getLong("d" + i)));
			i++;
		}
		return ratios;
	}
}
