package vn.motcua.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.ReportSource;
import vn.motcua.shared.Roles;
import vn.motcua.shared.VietnamTime;

/**
 * The counting rules of biểu II.05a (Circular 01/2020/TT-VPCP) in one place: each column is a SQL predicate over a
 * feedback item, so a figure and the list of items behind it come from the same rule; and the sender satisfaction
 * (766 indicator 5.3) over a range of years. The rules and their sources are written out in docs/reports.md.
 */
@Service
public class FeedbackStatistics {

	/** Items in the period's work: received before its end and not closed (answered or refused) before its start. */
	static final String SCOPE = """
			f.agency_id = any(:agencies) and f.received_at < :end
			and (f.closed_at is null or f.closed_at >= :start)""";

	static final String CLOSED = "f.closed_at < :end";

	static final String OPEN = "(f.closed_at is null or f.closed_at >= :end)";

	static final String CARRIED = "f.received_at < :start";

	static final String NEW = "f.received_at >= :start";

	static final String BEHAVIOUR = "f.kind = 'BEHAVIOUR'";

	static final String REGULATION = "f.kind = 'REGULATION'";

	/** Column number of biểu II.05a → the rule that puts an item in it, and why in words. */
	static final Map<String, Rule> II_05A = new LinkedHashMap<>();

	static {
		II_05A.put("3", new Rule("true", "Thuộc kỳ: tiếp nhận trong kỳ hoặc từ kỳ trước chuyển sang"));
		II_05A.put("4", new Rule(BEHAVIOUR, "Về hành vi hành chính"));
		II_05A.put("5", new Rule(REGULATION, "Về quy định hành chính"));
		II_05A.put("6", new Rule(CARRIED, "Tiếp nhận trước kỳ, chưa xử lý xong khi bắt đầu kỳ"));
		II_05A.put("7", new Rule(NEW, "Tiếp nhận trong kỳ"));
		II_05A.put("8", new Rule(CLOSED, "Đã xử lý (trả lời hoặc từ chối tiếp nhận) trong kỳ"));
		II_05A.put("9", new Rule(CLOSED + " and " + BEHAVIOUR, "Đã xử lý trong kỳ, về hành vi hành chính"));
		II_05A.put("10", new Rule(CLOSED + " and " + REGULATION, "Đã xử lý trong kỳ, về quy định hành chính"));
		II_05A.put("11", new Rule(CLOSED + " and " + CARRIED, "Đã xử lý trong kỳ, tiếp nhận từ kỳ trước"));
		II_05A.put("12", new Rule(CLOSED + " and " + NEW, "Đã xử lý trong kỳ, tiếp nhận trong kỳ"));
		II_05A.put("13", new Rule(OPEN, "Đang xử lý khi hết kỳ"));
		II_05A.put("14", new Rule(OPEN + " and " + BEHAVIOUR, "Đang xử lý khi hết kỳ, về hành vi hành chính"));
		II_05A.put("15", new Rule(OPEN + " and " + REGULATION, "Đang xử lý khi hết kỳ, về quy định hành chính"));
		II_05A.put("16", new Rule(CLOSED + " and f.published_at < :end",
				"Đã xử lý trong kỳ và kết quả đã được đăng tải công khai đến hết kỳ"));
	}

	/** A counting rule: the SQL predicate and the reason shown when an item is listed under it. */
	record Rule(String predicate, String reason) {
	}

	private final JdbcClient jdbc;

	FeedbackStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One row of biểu II.05a: the field and the count per column number. */
	public record Row(@Nullable String fieldCode, @Nullable String fieldName, Map<String, Long> cells) {
	}

	/** An item behind a figure, and why it is counted there. */
	public record Counted(String code, String senderName, String kind, String status, OffsetDateTime receivedAt,
			@Nullable OffsetDateTime closedAt, @Nullable OffsetDateTime publishedAt, String reason)
			implements ReportSource.Counted {

		static final List<String> HEADINGS = List.of("Số phản ánh", "Người phản ánh", "Loại", "Trạng thái",
				"Tiếp nhận", "Xử lý xong", "Công khai");

		@Override
		@JsonProperty
		public String link() {
			return "/pakn/" + code;
		}

		@Override
		public List<String> headings() {
			return HEADINGS;
		}

		@Override
		public List<@Nullable Object> values() {
			return Arrays.asList(code, senderName, FeedbackKind.valueOf(kind).label(),
					FeedbackStatus.valueOf(status).label(), receivedAt, closedAt, publishedAt);
		}
	}

	/** Biểu II.05a as a report source: one row per field. */
	@Component
	static class Ii05aSource implements ReportSource {

		private final FeedbackStatistics statistics;

		Ii05aSource(FeedbackStatistics statistics) {
			this.statistics = statistics;
		}

		@Override
		public String name() {
			return "FEEDBACK_BY_FIELD";
		}

		@Override
		public List<ReportSource.Row> rows(Collection<UUID> agencies, LocalDate from, LocalDate to) {
			return statistics.ii05a(agencies, from, to)
				.stream()
				.map(r -> new ReportSource.Row(r.fieldCode(),
						r.fieldName() == null ? "Chưa xác định lĩnh vực" : r.fieldName(), r.cells()))
				.toList();
		}

		@Override
		public List<FeedbackStatistics.Counted> cell(Collection<UUID> agencies, LocalDate from, LocalDate to,
				@Nullable String rowCode,
				String column) {
			return statistics.ii05aCell(agencies, from, to, rowCode, column);
		}
	}

	/** Biểu II.05a for the given agencies and period (dates inclusive, Asia/Ho_Chi_Minh): one row per field. */
	@Transactional(readOnly = true)
	public List<Row> ii05a(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		StringBuilder sql = new StringBuilder("select fld.code as field_code, fld.name as field_name");
		for (Map.Entry<String, Rule> column : II_05A.entrySet()) {
			sql.append(", count(*) filter (where ").append(column.getValue().predicate()).append(") as c")
				.append(column.getKey());
		}
		sql.append(" from feedback f left join field fld on fld.id = f.field_id where ").append(SCOPE)
			.append(" group by fld.code, fld.name order by fld.name collate \"vi-x-icu\" nulls last");
		return jdbc.sql(sql.toString()).params(params(agencies, from, to)).query((rs, n) -> {
			Map<String, Long> cells = new LinkedHashMap<>();
			for (String column : II_05A.keySet()) {
				cells.put(column, rs.getLong("c" + column));
			}
			return new Row(rs.getString("field_code"), rs.getString("field_name"), cells);
		}).list();
	}

	/** The items counted in one cell of biểu II.05a ({@code fieldCode} {@code null} for the total row). */
	@Transactional(readOnly = true)
	public List<Counted> ii05aCell(Collection<UUID> agencies, LocalDate from, LocalDate to, @Nullable String fieldCode,
			String column) {
		Rule rule = II_05A.get(column);
		if (rule == null) {
			throw new InvalidInputException("column", "Biểu II.05a không có cột (" + column + ") tính từ phản ánh");
		}
		Map<String, Object> params = params(agencies, from, to);
		String fieldFilter = "";
		if (fieldCode != null && !fieldCode.isBlank()) {
			fieldFilter = " and upper(fld.code) = :field";
			params.put("field", fieldCode.trim().toUpperCase(Locale.ROOT));
		}
		return jdbc.sql("select f.* from feedback f left join field fld on fld.id = f.field_id where " + SCOPE
				+ fieldFilter + " and (" + rule.predicate() + ") order by f.received_at, f.number")
			.params(params)
			.query((rs, n) -> new Counted(rs.getString("number"), rs.getString("sender_name"), rs.getString("kind"),
					rs.getString("status"), FeedbackItems.time(rs, "received_at"), FeedbackItems.time(rs, "closed_at"),
					FeedbackItems.time(rs, "published_at"), rule.reason()))
			.list();
	}

	/**
	 * The senders' satisfaction with the answers rated from 1 January of {@code fromYear} to 31 December of
	 * {@code toYear} (Asia/Ho_Chi_Minh), for the given agencies: for targets such as "mức độ hài lòng ≥ 90%".
	 */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public SatisfactionRate satisfaction(Collection<UUID> agencies, int fromYear, int toYear) {
		if (toYear < fromYear) {
			throw new InvalidInputException("toYear", "Năm cuối phải từ năm đầu trở đi");
		}
		LocalDate from = LocalDate.of(fromYear, 1, 1);
		LocalDate to = LocalDate.of(toYear, 12, 31);
		Map<String, Object> params = params(agencies, from, to);
		return jdbc.sql("""
				select count(*) filter (where f.received_at >= :start and f.received_at < :end) as received,
				       count(*) filter (where f.resolved_at >= :start and f.resolved_at < :end) as answered,
				       count(*) filter (where f.rated_at >= :start and f.rated_at < :end) as rated,
				       count(*) filter (where f.rated_at >= :start and f.rated_at < :end and f.satisfaction = 'SATISFIED') as satisfied,
				       count(*) filter (where f.rated_at >= :start and f.rated_at < :end and f.satisfaction = 'NEUTRAL') as neutral,
				       count(*) filter (where f.rated_at >= :start and f.rated_at < :end and f.satisfaction = 'DISSATISFIED') as dissatisfied
				from feedback f where f.agency_id = any(:agencies)""")
			.params(params)
			.query((rs, n) -> {
				long rated = rs.getLong("rated");
				long satisfied = rs.getLong("satisfied");
				BigDecimal rate = rated == 0 ? null
						: BigDecimal.valueOf(satisfied * 100L).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP);
				return new SatisfactionRate(from, to, rs.getLong("received"), rs.getLong("answered"), rated, satisfied,
						rs.getLong("neutral"), rs.getLong("dissatisfied"), rate);
			})
			.single();
	}

	/**
	 * Satisfaction over a date range: items received and answered, ratings given, and the share of "hài lòng"
	 * among the ratings in percent (two decimals; {@code null} when nobody rated).
	 */
	public record SatisfactionRate(LocalDate from, LocalDate to, long received, long answered, long rated,
			long satisfied, long neutral, long dissatisfied, @Nullable BigDecimal ratePercent) {
	}

	private static Map<String, Object> params(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidInputException("to", "Ngày cuối kỳ phải sau ngày đầu kỳ");
		}
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("agencies", agencies.toArray(UUID[]::new));
		params.put("start", from.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		params.put("end", to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		return params;
	}
}
