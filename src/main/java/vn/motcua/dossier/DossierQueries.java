package vn.motcua.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.PageResult;
import vn.motcua.shared.ReadCache;
import vn.motcua.shared.Roles;
import vn.motcua.shared.VietnameseText;
import vn.motcua.shared.VietnamTime;
import vn.motcua.shared.workflow.EnumInput;

/**
 * Lists of dossiers for staff: filters of API.md, inboxes (due today, due tomorrow, overdue, waiting for the
 * citizen, assigned to me), always within the caller's agencies.
 */
@Service
public class DossierQueries {

	/** Totals are exact up to this many; beyond it the list says "more than" (docs/api.md). */
	public static final int COUNT_CAP = 2_000;

	private final JdbcClient jdbc;

	private final Dossiers dossiers;

	private final CurrentActor actor;

	private final Clock clock;

	/**
	 * Inbox counts and list totals by their query and its parameters (the caller's agencies, username, today, the
	 * filters): the desk page and every list show them. Kept for {@code motcua.dossier.inbox-counts-ttl}, and emptied on
	 * this instance when any dossier changes ({@link DossierReadCache}).
	 */
	private final ReadCache<String, List<Long>> counted;

	DossierQueries(JdbcClient jdbc, Dossiers dossiers, CurrentActor actor, Clock clock, DossierReadCache cache,
			@Value("${motcua.dossier.inbox-counts-ttl:15s}") Duration countsTtl) {
		this.jdbc = jdbc;
		this.dossiers = dossiers;
		this.actor = actor;
		this.clock = clock;
		this.counted = cache.create(countsTtl, 10_000);
	}

	/**
	 * Filters, each optional. {@code inbox}: DUE_TODAY, DUE_TOMORROW, OVERDUE, WAITING_CITIZEN, MINE, TO_ACCEPT.
	 */
	public record Filter(@Nullable String status, @Nullable String timeliness, @Nullable String fieldCode,
			@Nullable String procedureCode, @Nullable String channel, @Nullable LocalDate receivedFrom,
			@Nullable LocalDate receivedTo, @Nullable String q, @Nullable String inbox) {

		public static Filter none() {
			return new Filter(null, null, null, null, null, null, null, null, null);
		}
	}

	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public PageResult<Dossier> search(Filter filter, PageRequest page) {
		return search(filter, page, null);
	}

	/**
	 * The same list paged by key: {@code after} is the {@code next} cursor of the previous page (newest first), so a
	 * page costs the same however deep it is and dossiers arriving meanwhile do not shift it.
	 */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public PageResult<Dossier> search(Filter filter, PageRequest page, @Nullable String after) {
		Where where = where(filter);
		long total = count(where);
		List<Object> pageParams = new ArrayList<>(where.params());
		String keyset = "";
		if (after != null && !after.isBlank()) {
			Cursor cursor = Cursor.parse(after);
			if (cursor.receivedAt() == null) {
				keyset = " and ((d.received_at is null and d.code < ?) or d.received_at is not null)";
				pageParams.add(cursor.code());
			}
			else {
				keyset = " and d.received_at is not null and (d.received_at < ? or (d.received_at = ? and d.code < ?))";
				pageParams.add(cursor.receivedAt());
				pageParams.add(cursor.receivedAt());
				pageParams.add(cursor.code());
			}
		}
		pageParams.add(page.size());
		pageParams.add(after != null && !after.isBlank() ? 0 : page.offset());
		// a text search matches few rows: find them through the trigram indexes first, then order them (the planner
		// would otherwise walk the newest-first index through the whole agency looking for 25 matches)
		String select = filter.q() == null || filter.q().isBlank()
				? "select d.id from dossier d" + where.sql() + keyset
						+ " order by d.received_at desc nulls first, d.code desc limit ? offset ?"
				: "with m as materialized (select d.id, d.received_at, d.code from dossier d" + where.sql() + keyset
						+ ") select id from m order by received_at desc nulls first, code desc limit ? offset ?";
		List<UUID> ids = jdbc
			.sql(select)
			.params(pageParams)
			.query(UUID.class)
			.list();
		List<Dossier> items = dossiers.findAllById(ids);
		String next = items.size() < page.size() ? null : Cursor.of(items.get(items.size() - 1)).text();
		return new PageResult<>(items, page.page(), page.size(), total, next);
	}

	/** Where a key-paged list stopped: the last dossier's receipt time and code. */
	record Cursor(@Nullable OffsetDateTime receivedAt, String code) {

		static Cursor of(Dossier last) {
			return new Cursor(last.receivedAt(), last.code());
		}

		String text() {
			String raw = (receivedAt == null ? "" : receivedAt.toInstant().toString()) + "|" + code;
			return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}

		static Cursor parse(String text) {
			try {
				String raw = new String(java.util.Base64.getUrlDecoder().decode(text), java.nio.charset.StandardCharsets.UTF_8);
				int bar = raw.indexOf('|');
				String time = raw.substring(0, bar);
				return new Cursor(time.isEmpty() ? null
						: java.time.Instant.parse(time).atOffset(java.time.ZoneOffset.UTC), raw.substring(bar + 1));
			}
			catch (RuntimeException ex) {
				throw new InvalidInputException("after", "Con trỏ trang không hợp lệ");
			}
		}
	}

	/** A filter as SQL: the where clause and its parameters. */
	private record Where(String sql, List<Object> params) {
	}

	/**
	 * How many dossiers match, exact up to {@link #COUNT_CAP}; kept like the inbox counters: an inbox's list counts
	 * what its tab counts, and the overdue one reads up to 2,001 rows of the table by deadline (31 ms of the database
	 * per page over a million dossiers).
	 */
	private long count(Where where) {
		return counts("select " + capped(where), where.params(), 1).get(0);
	}

	/**
	 * The {@code columns} counts of the one row {@code sql} selects, kept in {@link #counted} by the statement and its
	 * parameters.
	 */
	private List<Long> counts(String sql, List<Object> params, int columns) {
		return counted.get(sql + Arrays.deepToString(params.toArray()), k -> jdbc.sql(sql).params(params).query((rs, row) -> {
			List<Long> values = new ArrayList<>();
			for (int i = 1; i <= columns; i++) {
				values.add(rs.getLong(i));
			}
			return values;
		}).single());
	}

	/** A scalar sub-query counting the matches up to {@link #COUNT_CAP} + 1. */
	private static String capped(Where where) {
		return "(select count(*) from (select 1 from dossier d" + where.sql() + " limit " + (COUNT_CAP + 1)
				+ ") capped)";
	}

	private Where where(Filter filter) {
		StringBuilder where = new StringBuilder(" where 1=1");
		List<Object> params = new ArrayList<>();
		if (!actor.seesAllAgencies()) {
			java.util.Set<UUID> visible = actor.visibleAgencyIds();
			if (visible.size() == 1) {
				where.append(" and d.agency_id = ?");
				params.add(visible.iterator().next());
			}
			else {
				where.append(" and d.agency_id = any(?)");
				params.add(visible.toArray(UUID[]::new));
			}
		}
		LocalDate today = VietnamTime.today(clock);
		OffsetDateTime startOfToday = today.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
		if (!blank(filter.status())) {
			DossierStatus status = EnumInput.parse(DossierStatus.class, filter.status(), "status", "Trạng thái");
			where.append(" and d.status = ?");
			params.add(status.name());
		}
		if (!blank(filter.timeliness())) {
			switch (filter.timeliness().trim().toUpperCase(Locale.ROOT)) {
				case "EARLY" -> where.append(" and " + TimelinessModel.ended("d", Timeliness.EARLY));
				case "ON_TIME" -> where.append(" and " + TimelinessModel.ended("d", Timeliness.ON_TIME));
				case "LATE" -> where.append(" and " + TimelinessModel.ended("d", Timeliness.LATE));
				case "IN_TIME" -> {
					where.append(" and d.received_at is not null and d.closed_at is null and "
							+ TimelinessModel.pendingInTime("d", "?"));
					params.add(today);
				}
				case "OVERDUE" -> {
					where.append(" and d.received_at is not null and d.closed_at is null and "
							+ TimelinessModel.overdueFrom("d", "?"));
					params.add(startOfToday);
				}
				default -> throw new InvalidInputException("timeliness",
						"Tình trạng hạn phải là EARLY, ON_TIME, LATE, IN_TIME hoặc OVERDUE");
			}
		}
		if (!blank(filter.fieldCode())) {
			where.append(" and d.field_id = (select id from field where upper(code) = upper(?))");
			params.add(filter.fieldCode().trim());
		}
		if (!blank(filter.procedureCode())) {
			where.append(" and d.procedure_code = ?");
			params.add(filter.procedureCode().trim());
		}
		if (!blank(filter.channel())) {
			String channel = filter.channel().trim().toUpperCase(Locale.ROOT);
			if (!List.of("DIRECT", "ONLINE", "POSTAL").contains(channel)) {
				throw new InvalidInputException("channel", "Kênh nộp phải là DIRECT, ONLINE hoặc POSTAL");
			}
			where.append(" and d.channel = ?");
			params.add(channel);
		}
		if (filter.receivedFrom() != null) {
			where.append(" and d.received_at >= ?");
			params.add(filter.receivedFrom().atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		}
		if (filter.receivedTo() != null) {
			where.append(" and d.received_at < ?");
			params.add(filter.receivedTo().plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		}
		if (!blank(filter.q())) {
			String q = filter.q().trim();
			where.append(" and (d.code ilike ? or d.applicant_id_number = ? or f_unaccent(lower(d.applicant_name)) like ?)");
			params.add("%" + q.replace("%", "") + "%");
			params.add(q);
			params.add("%" + VietnameseText.fold(q).replace("%", "") + "%");
		}
		if (!blank(filter.inbox())) {
			Where inbox = inbox(Inbox.of(filter.inbox()), startOfToday);
			where.append(" and ").append(inbox.sql());
			params.addAll(inbox.params());
		}
		return new Where(where.toString(), params);
	}

	/** The staff view of a dossier: field code, fees paid, timeliness as of today, the history. */
	@Transactional(readOnly = true)
	public DossierView view(Dossier d) {
		return views(List.of(d)).get(0);
	}

	/**
	 * The staff views of a page of dossiers with two statements for the whole page (field codes and fees paid),
	 * not two per dossier.
	 */
	@Transactional(readOnly = true)
	public List<DossierView> views(List<Dossier> page) {
		if (page.isEmpty()) {
			return List.of();
		}
		UUID[] fieldIds = page.stream()
			.map(d -> d.procedure().fieldId())
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toArray(UUID[]::new);
		Map<UUID, String> fieldCodes = new HashMap<>();
		if (fieldIds.length > 0) {
			jdbc.sql("select id, code from field where id = any(?)")
				.param(fieldIds)
				.query(rs -> {
					fieldCodes.put(rs.getObject("id", UUID.class), rs.getString("code"));
				});
		}
		Map<UUID, Long> paid = dossiers.paidVnd(page.stream().map(Dossier::id).toList());
		LocalDate today = VietnamTime.today(clock);
		return page.stream().map(d -> view(d, today, fieldCodes, paid.getOrDefault(d.id(), 0L))).toList();
	}

	/** A page of the list with the staff view of each dossier, in one read-only transaction. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public PageResult<DossierView> searchViews(Filter filter, PageRequest page, @Nullable String after) {
		PageResult<Dossier> result = search(filter, page, after);
		return new PageResult<>(views(result.items()), result.page(), result.size(), result.total(), result.next());
	}

	private static DossierView view(Dossier d, LocalDate today, Map<UUID, String> fieldCodes, long paidVnd) {
		TimelinessModel.Verdict verdict = TimelinessModel.verdict(d, today);
		Timeliness timeliness = verdict.timeliness();
		ProcedureRef p = d.procedure();
		String fieldCode = p.fieldId() == null ? null : fieldCodes.get(p.fieldId());
		String unit = "WORKING_HOUR".equals(p.processingUnit()) ? " giờ làm việc" : " ngày làm việc";
		return new DossierView(d.code(), p.code(), p.version(), p.name(), fieldCode, d.channel().name(),
				d.status().name(), d.status().nationalCode(), d.status().label(), d.submittedAt(), d.receivedAt(),
				d.appointmentAt(), d.firstAppointmentAt(), d.completedAt(), d.returnedAt(),
				timeliness == null ? null : timeliness.name(), timeliness == null ? null : timeliness.label(),
				d.applicant(), d.assignee(), d.forwardedTo(), d.apologised(), d.supplementRequests(), d.externalId(),
				d.lookupKey(), d.postalTracking(), p.processingAmount() + unit, p.feeDueVnd(), paidVnd,
				d.resultFileId(), d.components(),
				d.history()
					.stream()
					.map(e -> new DossierView.EventView(e.seq(), e.action().name(), e.action().label(), e.at(), e.by(),
							e.reason(), e.note(), e.target(), e.fromStatus().name(), e.toStatus().name(),
							e.toStatus().label(), e.appointmentAt(), e.postal()))
					.toList(),
				verdict.reason(), verdict.legalDueAt(), verdict.onTime766(), verdict.violations(), d.resultForm());
	}

	/** The inboxes (hộp việc) of the desk page and the list tabs, in order, each with its label. */
	public enum Inbox {
		TO_ACCEPT("Chờ tiếp nhận"), TO_ASSIGN("Chờ phân công"), TO_PROCESS("Chờ xử lý"), TO_APPROVE("Chờ phê duyệt"),
		DUE_TODAY("Đến hạn hôm nay"), DUE_TOMORROW("Đến hạn ngày mai"), OVERDUE("Quá hạn"),
		WAITING_CITIZEN("Chờ công dân bổ sung"), AWAITING_PAPERS("Chờ hồ sơ giấy qua bưu chính"),
		TO_RETURN("Chờ trả kết quả"), MINE("Được giao cho tôi");

		private final String label;

		Inbox(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		static Inbox of(String name) {
			return EnumInput.parse(Inbox.class, name, "inbox", "Hộp việc");
		}
	}

	/** The condition of one inbox (without the agency scope). */
	private Where inbox(Inbox inbox, OffsetDateTime startOfToday) {
		String open = "d.closed_at is null and d.status not in ('WITHDRAWN','REFUSED_AT_INTAKE','COMPLETED','RETURNED')";
		return switch (inbox) {
			case TO_ACCEPT -> new Where("d.status = 'SUBMITTED'", List.of());
			case TO_ASSIGN -> new Where("d.status = 'RECEIVED'", List.of());
			case TO_PROCESS -> actor.hasRole(Roles.PROCESSING_OFFICER)
					? new Where("d.closed_at is null and d.status = 'ASSIGNED' and d.assignee = ?", List.of(actor.username()))
					: new Where("d.status = 'ASSIGNED'", List.of());
			case TO_APPROVE -> new Where("d.status = 'AWAITING_APPROVAL'", List.of());
			case DUE_TODAY -> new Where(open + " and d.status <> 'AWAITING_SUPPLEMENT' and d.appointment_at >= ? and d.appointment_at < ?",
					List.of(startOfToday, startOfToday.plusDays(1)));
			case DUE_TOMORROW -> new Where(open + " and d.status <> 'AWAITING_SUPPLEMENT' and d.appointment_at >= ? and d.appointment_at < ?",
					List.of(startOfToday.plusDays(1), startOfToday.plusDays(2)));
			// overdue against the legal deadline of the one timeliness model, not the appointment told to the citizen
			case OVERDUE -> new Where(open + " and d.received_at is not null and " + TimelinessModel.overdueFrom("d", "?"),
					List.of(startOfToday));
			case WAITING_CITIZEN -> new Where("d.status = 'AWAITING_SUPPLEMENT'", List.of());
			// linked dossiers whose papers travel by post: the desk records their arrival (POSTAL_RECEIVED)
			case AWAITING_PAPERS -> new Where("d.status = 'AWAITING_PAPERS'", List.of());
			case TO_RETURN -> new Where("d.status = 'COMPLETED'", List.of());
			case MINE -> new Where(open + " and d.assignee = ?", List.of(actor.username()));
		};
	}

	/** The inboxes a person's roles work from; everyone else (administrators, control, viewers) sees them all. */
	public List<Inbox> inboxesForCaller() {
		java.util.Set<Inbox> mine = new java.util.LinkedHashSet<>();
		if (actor.hasRole(Roles.RECEPTION_OFFICER)) {
			mine.addAll(List.of(Inbox.TO_ACCEPT, Inbox.WAITING_CITIZEN, Inbox.AWAITING_PAPERS, Inbox.TO_RETURN));
		}
		if (actor.hasRole(Roles.DEPARTMENT_HEAD) || actor.hasRole(Roles.AGENCY_HEAD)) {
			mine.addAll(List.of(Inbox.TO_ASSIGN, Inbox.TO_APPROVE));
		}
		if (actor.hasRole(Roles.PROCESSING_OFFICER)) {
			mine.add(Inbox.TO_PROCESS);
		}
		if (mine.isEmpty()) {
			mine.addAll(List.of(Inbox.TO_ACCEPT, Inbox.TO_ASSIGN, Inbox.TO_PROCESS, Inbox.TO_APPROVE, Inbox.TO_RETURN));
		}
		mine.addAll(List.of(Inbox.DUE_TODAY, Inbox.OVERDUE));
		return java.util.Arrays.stream(Inbox.values()).filter(mine::contains).toList();
	}

	/** Counts for the caller's inboxes (desk page and list tabs), all counted in one query. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public List<InboxCount> inboxCounts() {
		// most agencies never receive papers by post: that tab only shows while some dossier waits for them
		return inboxCounts(inboxesForCaller()).stream()
			.filter(c -> c.total() > 0 || !Inbox.AWAITING_PAPERS.name().equals(c.inbox()))
			.toList();
	}

	/**
	 * Counts of the given inboxes in one statement: one capped scalar sub-query per inbox, each read through an index
	 * of its own (status, appointment, legal deadline, assignee) and stopping after {@link #COUNT_CAP} + 1 matches, so
	 * a desk page costs the same over a thousand or a million open dossiers ("2.000+" beyond the cap, as the list).
	 */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public List<InboxCount> inboxCounts(List<Inbox> inboxes) {
		Where scope = where(Filter.none());
		OffsetDateTime startOfToday = VietnamTime.today(clock).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
		StringBuilder sql = new StringBuilder("select ");
		List<Object> params = new ArrayList<>();
		for (int i = 0; i < inboxes.size(); i++) {
			Where condition = inbox(inboxes.get(i), startOfToday);
			List<Object> both = new ArrayList<>(scope.params());
			both.addAll(condition.params());
			sql.append(i == 0 ? "" : ", ").append(capped(new Where(scope.sql() + " and " + condition.sql(), both)));
			params.addAll(both);
		}
		List<Long> totals = counts(sql.toString(), params, inboxes.size());
		List<InboxCount> counts = new ArrayList<>();
		for (int i = 0; i < inboxes.size(); i++) {
			counts.add(new InboxCount(inboxes.get(i).name(), inboxes.get(i).label(), totals.get(i)));
		}
		return counts;
	}

	/** One inbox tab. */
	public record InboxCount(String inbox, String label, long total) {

		/** The count as a page shows it: exact up to {@link #COUNT_CAP}, "2.000+" beyond. */
		public String display() {
			if (total > COUNT_CAP) {
				return "2.000+";
			}
			return total < 1000 ? Long.toString(total) : total / 1000 + "." + Long.toString(1000 + total % 1000).substring(1);
		}
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
