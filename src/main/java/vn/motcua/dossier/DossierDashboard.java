package vn.motcua.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.VietnamTime;

/**
 * The figures of the dashboard, each a named slice of dossiers: received per month and channel, resolved early / on
 * time / late, pending by deadline, received per field and per procedure. A chart segment and the list behind it
 * come from the same predicate ({@link #slice}), as the report cells do.
 */
@Service
@vn.motcua.shared.ReportQuery
public class DossierDashboard {

	static final String RECEIVED_IN_RANGE = "d.received_at is not null and d.received_at >= :start and d.received_at < :end";

	/** Today in Vietnam, bound from the application's {@link Clock} (not the database's {@code now()}). */
	static final String TODAY = "cast(:today as date)";

	/** Ended with a verdict of the timeliness model (completed, refused, stopped or withdrawn after receipt). */
	static final String RESOLVED = "d.verdict is not null";

	private static final String LEGAL_DUE = "(d.legal_due_at at time zone motcua_zone())::date";

	/** Pending deadline buckets (legal deadline of {@link TimelinessModel}), in display order, with label. */
	static final Map<String, String[]> PENDING = new LinkedHashMap<>();

	static {
		String open = "d.received_at is not null and d.closed_at is null";
		String running = open + " and d.clock_stopped_at is null";
		PENDING.put("OVERDUE", new String[] { open + " and not " + TimelinessModel.pendingInTime("d", TODAY),
				"Quá hạn" });
		PENDING.put("DUE_TODAY", new String[] { running + " and " + LEGAL_DUE + " = " + TODAY, "Đến hạn hôm nay" });
		PENDING.put("DUE_SOON", new String[] { running + " and " + LEGAL_DUE + " between " + TODAY + " + 1 and "
				+ TODAY + " + 3", "Đến hạn trong 3 ngày tới" });
		PENDING.put("LATER", new String[] { running + " and " + LEGAL_DUE + " > " + TODAY + " + 3",
				"Còn hạn trên 3 ngày" });
		PENDING.put("WAITING_CITIZEN", new String[] { open + " and d.clock_stopped_at is not null",
				"Chờ công dân bổ sung (thời hạn tạm dừng)" });
	}

	static final Map<String, String[]> TIMELINESS = new LinkedHashMap<>();

	static {
		TIMELINESS.put("EARLY", new String[] { TimelinessModel.ended("d", Timeliness.EARLY), "Trước hạn" });
		TIMELINESS.put("ON_TIME", new String[] { TimelinessModel.ended("d", Timeliness.ON_TIME), "Đúng hạn" });
		TIMELINESS.put("LATE", new String[] { TimelinessModel.ended("d", Timeliness.LATE), "Quá hạn" });
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	DossierDashboard(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Dossiers received in one month, per channel. */
	public record Month(YearMonth month, Map<String, Long> byChannel) {

		public long total() {
			return byChannel.values().stream().mapToLong(Long::longValue).sum();
		}
	}

	/** A labelled count with the key of its slice. */
	public record Count(String key, String label, long count) {
	}

	/** Everything the dashboard draws. */
	public record Figures(List<Month> months, List<Count> timeliness, List<Count> pending, List<Count> fields,
			List<Count> procedures) {
	}

	/** The dashboard of the given agencies for dossiers received from {@code from} to {@code to} (inclusive). */
	@Transactional(readOnly = true)
	public Figures figures(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		Map<String, Object> params = params(agencies, from, to);
		Map<YearMonth, Map<String, Long>> months = new LinkedHashMap<>();
		for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
			Map<String, Long> channels = new LinkedHashMap<>();
			for (Channel c : Channel.values()) {
				channels.put(c.name(), 0L);
			}
			months.put(m, channels);
		}
		jdbc.sql("select to_char(d.received_at at time zone motcua_zone(), 'YYYY-MM') as m, d.channel, count(*) as n"
				+ " from dossier d where d.agency_id = any(:agencies) and " + RECEIVED_IN_RANGE
				+ " group by 1, 2")
			.params(params)
			.query((rs, n) -> {
				Map<String, Long> channels = months.get(YearMonth.parse(rs.getString("m")));
				if (channels != null) {
					channels.put(rs.getString("channel"), rs.getLong("n"));
				}
				return null;
			})
			.list();
		List<Month> monthList = months.entrySet().stream().map(e -> new Month(e.getKey(), e.getValue())).toList();
		List<Count> timeliness = counts("timeliness", TIMELINESS, agencies, from, to);
		List<Count> pending = counts("pending", PENDING, agencies, from, to);
		List<Count> fields = jdbc.sql("select coalesce(f.code, '-') as code, coalesce(f.name, 'Chưa xác định lĩnh vực') as name,"
				+ " count(*) as n from dossier d left join field f on f.id = d.field_id where d.agency_id = any(:agencies) and "
				+ RECEIVED_IN_RANGE + " group by 1, 2 order by 3 desc, 2")
			.params(params)
			.query((rs, n) -> new Count("field:" + rs.getString("code"), rs.getString("name"), rs.getLong("n")))
			.list();
		List<Count> procedures = jdbc.sql("select d.procedure_code as code, min(d.procedure_name) as name, count(*) as n"
				+ " from dossier d where d.agency_id = any(:agencies) and " + RECEIVED_IN_RANGE
				+ " group by 1 order by 3 desc, 1 limit 10")
			.params(params)
			.query((rs, n) -> new Count("procedure:" + rs.getString("code"), rs.getString("name"), rs.getLong("n")))
			.list();
		return new Figures(monthList, timeliness, pending, fields, procedures);
	}

	/** The dossiers of one slice ({@code month:2026-03:ONLINE}, {@code timeliness:LATE}, {@code pending:OVERDUE} …). */
	@Transactional(readOnly = true)
	public List<DossierStatistics.Counted> list(Collection<UUID> agencies, LocalDate from, LocalDate to, String key) {
		Slice slice = slice(key);
		Map<String, Object> params = params(agencies, from, to);
		params.putAll(slice.params());
		return jdbc.sql("select d.* from dossier d left join field f on f.id = d.field_id where d.agency_id = any(:agencies) and "
				+ slice.predicate() + " order by d.received_at, d.code limit 5000")
			.params(params)
			.query((rs, n) -> new DossierStatistics.Counted(rs.getString("code"), rs.getString("applicant_name"),
					rs.getString("procedure_name"), rs.getString("channel"), rs.getString("status"),
					Dossiers.time(rs, "received_at"), Dossiers.time(rs, "appointment_at"),
					Dossiers.time(rs, "closed_at"), slice.reason()))
			.list();
	}

	/** What a slice key means. */
	public String describe(String key) {
		return slice(key).reason();
	}

	/** The counts of a group of slices ({@code timeliness:…}, {@code pending:…}) in one pass over the dossiers. */
	private List<Count> counts(String kind, Map<String, String[]> group, Collection<UUID> agencies, LocalDate from,
			LocalDate to) {
		Map<String, Object> params = params(agencies, from, to);
		List<String> keys = group.keySet().stream().map(k -> kind + ":" + k).toList();
		StringBuilder sql = new StringBuilder("select ");
		for (int i = 0; i < keys.size(); i++) {
			Slice slice = slice(keys.get(i));
			params.putAll(slice.params());
			sql.append(i == 0 ? "" : ", ").append("count(*) filter (where ").append(slice.predicate()).append(") as c")
				.append(i);
		}
		sql.append(" from dossier d where d.agency_id = any(:agencies)");
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
			List<Count> counts = new ArrayList<>();
			int i = 0;
			for (Map.Entry<String, String[]> e : group.entrySet()) {
				counts.add(new Count(keys.get(i), e.getValue()[1], rs.getLong("c" + i)));
				i++;
			}
			return counts;
		}).single();
	}

	record Slice(String predicate, Map<String, Object> params, String reason) {
	}

	static Slice slice(String key) {
		String[] parts = key == null ? new String[0] : key.split(":", 3);
		String kind = parts.length > 0 ? parts[0] : "";
		try {
			switch (kind) {
				case "month" -> {
					YearMonth month = YearMonth.parse(parts[1]);
					Channel channel = Channel.valueOf(parts[2].toUpperCase(Locale.ROOT));
					return new Slice(RECEIVED_IN_RANGE + " and d.received_at >= :monthStart and d.received_at < :monthEnd"
							+ " and d.channel = :channel", Map.of("monthStart",
									month.atDay(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime(), "monthEnd",
									month.plusMonths(1).atDay(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime(),
									"channel", channel.name()),
							"Tiếp nhận tháng " + month.getMonthValue() + "/" + month.getYear() + ", kênh "
									+ channel.label());
				}
				case "timeliness" -> {
					String[] rule = TIMELINESS.get(parts[1]);
					if (rule != null) {
						return new Slice(RECEIVED_IN_RANGE + " and " + RESOLVED + " and " + rule[0], Map.of(),
								"Tiếp nhận trong khoảng, đã giải quyết xong: " + rule[1].toLowerCase(Locale.ROOT)
										+ " so với ngày hẹn trả");
					}
				}
				case "pending" -> {
					String[] rule = PENDING.get(parts[1]);
					if (rule != null) {
						return new Slice(rule[0], Map.of(), "Đang giải quyết hôm nay: " + rule[1].toLowerCase(Locale.ROOT));
					}
				}
				case "field" -> {
					return "-".equals(parts[1])
							? new Slice(RECEIVED_IN_RANGE + " and f.code is null", Map.of(),
									"Tiếp nhận trong khoảng, chưa xác định lĩnh vực")
							: new Slice(RECEIVED_IN_RANGE + " and f.code = :slice", Map.of("slice", parts[1]),
									"Tiếp nhận trong khoảng, lĩnh vực " + parts[1]);
				}
				case "procedure" -> {
					return new Slice(RECEIVED_IN_RANGE + " and d.procedure_code = :slice", Map.of("slice", parts[1]),
							"Tiếp nhận trong khoảng, thủ tục " + parts[1]);
				}
				default -> {
				}
			}
		}
		catch (RuntimeException ex) {
			// falls through to the error below
		}
		throw new InvalidInputException("slice", "Không hiểu nhóm số liệu '" + key + "'");
	}

	private Map<String, Object> params(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidInputException("to", "Ngày cuối phải sau ngày đầu");
		}
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("agencies", agencies.toArray(UUID[]::new));
		params.put("start", from.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		params.put("end", to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		params.put("today", VietnamTime.today(clock));
		return params;
	}

}
