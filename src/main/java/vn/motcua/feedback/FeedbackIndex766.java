package vn.motcua.feedback;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.IndexSource;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.VietnamTime;

/**
 * The Decision 766 indicators measured from feedback (DOMAIN.md §4.2, §5; docs/reports.md), over the items received
 * in the period:
 * <ul>
 * <li><b>5.1</b> feedback by classification: items about an administrative rule (quy định hành chính) ÷ all (a
 * monitoring figure, 0 points);</li>
 * <li><b>5.2</b> handled on time: every step within its deadline (refusal 2 working days, request for information 5,
 * forwarding 5, answer 15 after receipt, forwarding or the information, publication 2 after the answer; an open item
 * within its answer deadline on the period's last day);</li>
 * <li><b>5.3</b> satisfied: (items − disliked, late or repeated) ÷ items first received. "Repeated" is our reading of
 * the portal's rule (the content is free text): the same sender (e-mail or phone) sent another item to the agency
 * later; an item that repeats an earlier one of the same sender is not "first received" and left out.</li>
 * </ul>
 */
@Component
class FeedbackIndex766 implements IndexSource {

	private static final Set<String> IDS = Set.of("5.1", "5.2", "5.3");

	private final JdbcClient jdbc;

	private final FeedbackDeadlines deadlines;

	private final java.time.Clock clock;

	FeedbackIndex766(JdbcClient jdbc, FeedbackDeadlines deadlines, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	@Override
	public Set<String> ids() {
		return IDS;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Measure> measure(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		return measureEach(Map.of("", agencies), from, to).get("");
	}

	/** The items of every scope's agencies read once, then counted per scope with the rules of {@link #items}. */
	@Override
	@Transactional(readOnly = true)
	public <K> Map<K, Map<String, Measure>> measureEach(Map<K, ? extends Collection<UUID>> scopes, LocalDate from,
			LocalDate to) {
		List<Row> all = rows(IndexSource.union(scopes), from, to);
		return IndexSource.eachScope(scopes, scope -> {
			List<Row> rows = all.stream().filter(r -> scope.contains(r.agencyId())).toList();
			Map<String, Measure> measures = new LinkedHashMap<>();
			for (String id : List.of("5.1", "5.2", "5.3")) {
				measures.put(id, Measure.of(items(id, rows, to)));
			}
			return measures;
		});
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> items(String id, Collection<UUID> agencies, LocalDate from, LocalDate to) {
		if (!IDS.contains(id)) {
			throw new InvalidInputException("id", "Chỉ số " + id + " không tính từ phản ánh, kiến nghị");
		}
		return items(id, rows(agencies, from, to), to);
	}

	/** An item received in the period, with whether the same sender wrote before or after it. */
	record Row(String number, String kind, OffsetDateTime receivedAt, @Nullable OffsetDateTime refusedAt,
			@Nullable OffsetDateTime infoRequestedAt, @Nullable OffsetDateTime forwardedAt,
			@Nullable OffsetDateTime resolvedAt, OffsetDateTime resolveDueAt, @Nullable OffsetDateTime publishedAt,
			@Nullable String satisfaction, boolean repeatsEarlier, boolean repeatedLater, UUID agencyId) {
	}

	private List<Row> rows(Collection<UUID> agencies, LocalDate from, LocalDate to) {
		OffsetDateTime start = from.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
		OffsetDateTime end = to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
		String sender = "coalesce(lower(nullif(trim(%1$s.sender_email), '')), "
				+ "nullif(regexp_replace(coalesce(%1$s.sender_phone, ''), '[^0-9]', '', 'g'), ''))";
		return jdbc.sql("select f.agency_id, f.number, f.kind, f.received_at, f.refused_at, f.info_requested_at, f.forwarded_at, "
				+ "f.resolved_at, f.resolve_due_at, f.published_at, f.satisfaction, "
				+ "exists (select 1 from feedback o where o.agency_id = f.agency_id and o.id <> f.id "
				+ "and o.received_at < f.received_at and " + sender.formatted("o") + " = " + sender.formatted("f")
				+ ") as repeats_earlier, "
				+ "exists (select 1 from feedback o where o.agency_id = f.agency_id and o.id <> f.id "
				+ "and o.received_at > f.received_at and o.received_at < :end and " + sender.formatted("o") + " = "
				+ sender.formatted("f") + ") as repeated_later "
				+ "from feedback f where f.agency_id = any(:agencies) and f.received_at >= :start "
				+ "and f.received_at < :end order by f.received_at, f.number")
			.param("agencies", agencies.toArray(UUID[]::new))
			.param("start", start)
			.param("end", end)
			.query((rs, n) -> new Row(rs.getString("number"), rs.getString("kind"),
					rs.getObject("received_at", OffsetDateTime.class), rs.getObject("refused_at", OffsetDateTime.class),
					rs.getObject("info_requested_at", OffsetDateTime.class),
					rs.getObject("forwarded_at", OffsetDateTime.class), rs.getObject("resolved_at", OffsetDateTime.class),
					rs.getObject("resolve_due_at", OffsetDateTime.class),
					rs.getObject("published_at", OffsetDateTime.class), rs.getString("satisfaction"),
					rs.getBoolean("repeats_earlier"), rs.getBoolean("repeated_later"),
					rs.getObject("agency_id", UUID.class)))
			.list();
	}

	private List<Item> items(String id, List<Row> rows, LocalDate to) {
		OffsetDateTime end = to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (now.isBefore(end)) {
			end = now;
		}
		List<Item> items = new ArrayList<>();
		for (Row row : rows) {
			switch (id) {
				case "5.1" -> {
					boolean rule = "REGULATION".equals(row.kind());
					items.add(item(row, rule, rule ? "Phản ánh, kiến nghị về quy định hành chính"
							: "Phản ánh, kiến nghị về hành vi hành chính"));
				}
				case "5.2" -> {
					String late = lateStep(row, end);
					items.add(item(row, late == null, late == null ? "Xử lý đúng tiến độ ở mọi bước" : late));
				}
				default -> {
					if (row.repeatsEarlier()) {
						continue;
					}
					String late = lateStep(row, end);
					String reason = "DISSATISFIED".equals(row.satisfaction()) ? "Người gửi không hài lòng với kết quả"
							: late != null ? "Xử lý chậm: " + late
									: row.repeatedLater() ? "Người gửi phải gửi lại phản ánh, kiến nghị" : null;
					items.add(item(row, reason == null, reason == null ? "Không bị phản hồi không hài lòng, đúng tiến độ, không gửi lại" : reason));
				}
			}
		}
		return items;
	}

	/** The first step that missed its deadline, in words; {@code null} when every step so far was on time. */
	@Nullable String lateStep(Row row, OffsetDateTime end) {
		Map<String, OffsetDateTime[]> steps = new LinkedHashMap<>();
		steps.put("Từ chối tiếp nhận", new OffsetDateTime[] { row.refusedAt(), deadlines.classifyBy(row.receivedAt()) });
		steps.put("Yêu cầu bổ sung thông tin",
				new OffsetDateTime[] { row.infoRequestedAt(), deadlines.requestInfoBy(row.receivedAt()) });
		steps.put("Chuyển cơ quan có thẩm quyền",
				new OffsetDateTime[] { row.forwardedAt(), deadlines.forwardBy(row.receivedAt()) });
		steps.put("Trả lời", new OffsetDateTime[] { row.resolvedAt(), row.resolveDueAt() });
		if (row.resolvedAt() != null) {
			steps.put("Công khai kết quả", new OffsetDateTime[] { row.publishedAt() == null ? null : row.publishedAt(),
					deadlines.publishBy(row.resolvedAt()) });
		}
		Map<String, String> late = new LinkedHashMap<>();
		for (Map.Entry<String, OffsetDateTime[]> step : steps.entrySet()) {
			OffsetDateTime done = step.getValue()[0];
			OffsetDateTime due = step.getValue()[1];
			if (done != null && done.isAfter(due)) {
				return step.getKey() + " ngày " + VietnamTime.date(local(done)) + ", quá hạn " + VietnamTime.date(local(due));
			}
			if (done == null && ("Công khai kết quả".equals(step.getKey()) || "Trả lời".equals(step.getKey()))
					&& row.refusedAt() == null && due.isBefore(end)) {
				late.putIfAbsent(step.getKey(), step.getKey() + " chưa thực hiện, quá hạn " + VietnamTime.date(local(due)));
			}
		}
		return late.isEmpty() ? null : late.values().iterator().next();
	}

	private static LocalDate local(OffsetDateTime at) {
		return at.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
	}

	private static Item item(Row row, boolean counted, String reason) {
		return new Item("FEEDBACK", row.number(), "REGULATION".equals(row.kind()) ? "Quy định hành chính"
				: "Hành vi hành chính", null, row.receivedAt(), row.resolvedAt(), counted, reason, "/pakn/" + row.number());
	}
}
