package vn.motcua.dossier;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.ReadCache;
import vn.motcua.shared.ReportSource;
import vn.motcua.shared.VietnamTime;

/**
 * The counting rules of the dossier report forms (biểu II.06a), in one place: each column is a SQL predicate over a
 * dossier, so a figure and the list of dossiers behind it come from the same rule. The rules are written out with
 * their sources in docs/reports.md. Its read-only transactions are report queries (on the replica when one is set),
 * also when biểu II.06a is refreshed ahead on a thread of its own.
 */
@Service
@vn.motcua.shared.ReportQuery
public class DossierStatistics {

	/** Dossiers in the period's work: received before its end and not closed before its start. */
	static final String SCOPE = """
			d.agency_id = any(:agencies) and d.received_at is not null and d.received_at < :end
			and coalesce(d.closed_at, 'infinity'::timestamptz) >= :start""";

	static final String APPOINTMENT_DATE = "(d.appointment_at at time zone motcua_zone())::date";

	static final String PENDING = "(d.closed_at is null or d.closed_at >= :end)";

	/**
	 * The dossiers of a report with, for those open at the end of the period, whether they were in time then
	 * ({@link TimelinessModel}, the snapshot in force at the end): one history lookup per open dossier, not one per
	 * column that asks.
	 */
	static final String FROM = "dossier d"
			+ TimelinessModel.atEndJoin(TimelinessModel.pendingInTime("e", ":lastDay"), "at_end", PENDING);

	/** Open at the end of the period and in time then (read from {@link #FROM}). */
	static final String IN_TIME_AT_END = "at_end.holds";

	/** Column number of biểu II.06a → the rule that puts a dossier in it, and why in words. */
	static final Map<String, Rule> II_06A = new LinkedHashMap<>();

	static {
		II_06A.put("3", new Rule("true", "Thuộc kỳ: tiếp nhận trong kỳ hoặc từ kỳ trước chuyển sang"));
		II_06A.put("4", new Rule("d.received_at >= :start and d.channel = 'ONLINE'", "Tiếp nhận trực tuyến trong kỳ"));
		II_06A.put("5", new Rule("d.received_at >= :start and d.channel in ('DIRECT', 'POSTAL')",
				"Tiếp nhận trực tiếp hoặc qua bưu chính trong kỳ"));
		II_06A.put("6", new Rule("d.received_at < :start", "Tiếp nhận trước kỳ, chưa giải quyết xong khi bắt đầu kỳ"));
		II_06A.put("7", new Rule("d.closed_at < :end", "Đã giải quyết (có kết quả, từ chối, dừng hoặc rút) trong kỳ"));
		II_06A.put("8", new Rule("d.closed_at < :end and " + TimelinessModel.ended("d", Timeliness.EARLY),
				"Giải quyết xong trước hạn luật định"));
		II_06A.put("9", new Rule("d.closed_at < :end and " + TimelinessModel.ended("d", Timeliness.ON_TIME),
				"Giải quyết xong đúng hạn luật định (hồ sơ rút hoặc dừng trong hạn được tính đúng hạn)"));
		II_06A.put("10", new Rule("d.closed_at < :end and " + TimelinessModel.ended("d", Timeliness.LATE),
				"Giải quyết xong sau hạn luật định (kể cả khi đã xin lỗi, hẹn lại)"));
		II_06A.put("11", new Rule(PENDING, "Chưa giải quyết xong khi hết kỳ"));
		II_06A.put("12", new Rule(PENDING + " and " + IN_TIME_AT_END,
				"Đang giải quyết, chưa quá hạn luật định vào ngày cuối kỳ (hoặc đang chờ công dân bổ sung đúng quy định)"));
		II_06A.put("13", new Rule(PENDING + " and not " + IN_TIME_AT_END, "Đang giải quyết, đã quá hạn luật định vào ngày cuối kỳ"));
	}

	private final JdbcClient jdbc;

	private final Dossiers dossiers;

	DossierStatistics(JdbcClient jdbc, Dossiers dossiers) {
		this.jdbc = jdbc;
		this.dossiers = dossiers;
	}

	/** A counting rule: the SQL predicate and the reason shown when a dossier is listed under it. */
	record Rule(String predicate, String reason) {
	}

	/** One row of counts: the field and the count per column number. */
	public record Row(@Nullable String fieldCode, @Nullable String fieldName, Map<String, Long> cells) {
	}

	/** A dossier behind a figure, and why it is counted there. */
	public record Counted(String code, String applicantName, String procedureName, String channel, String status,
			@Nullable OffsetDateTime receivedAt, @Nullable OffsetDateTime appointmentAt,
			@Nullable OffsetDateTime closedAt, String reason) implements ReportSource.Counted {

		static final List<String> HEADINGS = List.of("Mã hồ sơ", "Người nộp", "Thủ tục", "Kênh", "Tiếp nhận",
				"Hẹn trả", "Kết thúc");

		@Override
		@JsonProperty
		public String link() {
			return "/ho-so/" + code;
		}

		@Override
		public List<String> headings() {
			return HEADINGS;
		}

		@Override
		public List<@Nullable Object> values() {
			return java.util.Arrays.asList(code, applicantName, procedureName, Channel.valueOf(channel).label(),
					receivedAt, appointmentAt, closedAt);
		}
	}

	/** Biểu II.06a as a report source: one row per field. */
	@Component
	static class Ii06aSource implements ReportSource {

		private final DossierStatistics statistics;

		/**
		 * The rows by agencies and period: a quarter over a million dossiers takes up to a second, and a report page
		 * is read many times between two changes. Kept for {@code motcua.dossier.report-cache-ttl}, then refreshed
		 * ahead for {@code motcua.dossier.report-refresh-ahead} (the last figures answered while one task counts them
		 * again), emptied on this instance when any dossier changes ({@link DossierReadCache}).
		 */
		private final ReadCache<List<Object>, List<ReportSource.Row>> computed;

		Ii06aSource(DossierStatistics statistics, DossierReadCache cache,
				@Value("${motcua.dossier.report-cache-ttl:60s}") Duration ttl,
				@Value("${motcua.dossier.report-refresh-ahead:60s}") Duration refreshAhead) {
			this.statistics = statistics;
			this.computed = cache.createRefreshedAhead(ttl, refreshAhead, 1_000);
		}

		@Override
		public String name() {
			return "DOSSIERS_BY_FIELD";
		}

		@Override
		public List<ReportSource.Row> rows(Collection<UUID> agencies, LocalDate from, LocalDate to) {
			return computed.get(List.of(java.util.Set.copyOf(agencies), from, to), k -> statistics.ii06a(agencies, from, to)
				.stream()
				.map(r -> new ReportSource.Row(r.fieldCode(),
						r.fieldName() == null ? "Chưa xác định lĩnh vực" : r.fieldName(), r.cells()))
				.toList());
		}

		@Override
		public List<DossierStatistics.Counted> cell(Collection<UUID> agencies, LocalDate from, LocalDate to,
				@Nullable String rowCode, String column) {
			return statistics.ii06aCell(agencies, from, to, rowCode, column);
		}
	}

	/**
	 * Biểu II.06a for the given agencies and period (dates inclusive, Asia/Ho_Chi_Minh): one row per field with the
	 * count of every column.
	 */
	@Transactional(readOnly = true)
	public List<Row> ii06a(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		return jdbc.sql(ii06aSql())
			.params(params(agencies, from, to))
			.query((rs, n) -> {
				Map<String, Long> cells = new LinkedHashMap<>();
				for (String column : II_06A.keySet()) {
					cells.put(column, rs.getLong("c" + column));
				}
				return new Row(rs.getString("field_code"), rs.getString("field_name"), cells);
			})
			.list();
	}

	/** The statement of {@link #ii06a}, also used to explain its plan in the benchmark. */
	static String ii06aSql() {
		// counted per field id first (a hash aggregate over narrow rows), the field names joined to the few results
		StringBuilder sql = new StringBuilder("select f.code as field_code, f.name as field_name, c.* from (select d.field_id");
		for (Map.Entry<String, Rule> column : II_06A.entrySet()) {
			sql.append(", count(*) filter (where ").append(column.getValue().predicate()).append(") as c")
				.append(column.getKey());
		}
		sql.append(" from ").append(FROM).append(" where ").append(SCOPE)
			.append(" group by d.field_id) c left join field f on f.id = c.field_id")
			.append(" order by f.name collate \"vi-x-icu\" nulls last");
		return sql.toString();
	}

	/** The parameters of {@link #ii06aSql()}. */
	static Map<String, Object> ii06aParams(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		return params(agencies, from, to);
	}

	/** The dossiers counted in one cell of biểu II.06a ({@code fieldCode} {@code null} for the total row). */
	@Transactional(readOnly = true)
	public List<Counted> ii06aCell(Collection<UUID> agencies, LocalDate from, LocalDate to,
			@Nullable String fieldCode, String column) {
		Rule rule = II_06A.get(column);
		if (rule == null) {
			throw new InvalidInputException("column", "Biểu II.06a không có cột (" + column + ") tính từ hồ sơ");
		}
		Map<String, Object> params = params(agencies, from, to);
		String fieldFilter = "";
		if (fieldCode != null && !fieldCode.isBlank()) {
			fieldFilter = " and upper(f.code) = :field";
			params.put("field", fieldCode.trim().toUpperCase(Locale.ROOT));
		}
		return jdbc.sql("select d.* from " + FROM + " left join field f on f.id = d.field_id where " + SCOPE
				+ fieldFilter + " and (" + rule.predicate() + ") order by d.received_at, d.code")
			.params(params)
			.query((rs, n) -> counted(rs, rule.reason()))
			.list();
	}

	static final String RECEIVED_ONLINE = "d.agency_id = any(:agencies) and d.received_at >= :start and d.received_at < :end"
			+ " and d.channel = 'ONLINE'";

	/**
	 * Dossiers received online in the period per procedure code (biểu II.08, "số lượng hồ sơ phát sinh"): received
	 * from {@code from} to {@code to} inclusive, through the online channel, whatever became of them.
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> receivedOnlineByProcedure(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("select d.procedure_code, count(*) as n from dossier d where " + RECEIVED_ONLINE
				+ " group by d.procedure_code")
			.params(params(agencies, from, to))
			.query((rs, n) -> counts.put(rs.getString("procedure_code"), rs.getLong("n")))
			.list();
		return counts;
	}

	/** The dossiers behind {@link #receivedOnlineByProcedure} for some procedures. */
	@Transactional(readOnly = true)
	public List<Counted> receivedOnline(Collection<UUID> agencies, LocalDate from, LocalDate to,
			Collection<String> procedureCodes, String reason) {
		Map<String, Object> params = params(agencies, from, to);
		params.put("procedures", procedureCodes.toArray(String[]::new));
		return jdbc.sql("select d.* from dossier d where " + RECEIVED_ONLINE
				+ " and d.procedure_code = any(:procedures) order by d.received_at, d.code")
			.params(params)
			.query((rs, n) -> counted(rs, reason))
			.list();
	}

	/** The dossier of a {@code select d.*} row, counted for {@code reason}. */
	static Counted counted(java.sql.ResultSet rs, String reason) throws java.sql.SQLException {
		return new Counted(rs.getString("code"), rs.getString("applicant_name"), rs.getString("procedure_name"),
				rs.getString("channel"), rs.getString("status"), Dossiers.time(rs, "received_at"),
				Dossiers.time(rs, "appointment_at"), Dossiers.time(rs, "closed_at"), reason);
	}

	/** The agencies and the period as the parameters {@code :agencies}, {@code :start}, {@code :end}, {@code :lastDay}. */
	static Map<String, Object> params(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidInputException("to", "Ngày cuối kỳ phải sau ngày đầu kỳ");
		}
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("agencies", agencies.toArray(UUID[]::new));
		params.put("start", from.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		params.put("end", to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		params.put("lastDay", to);
		return params;
	}
}
