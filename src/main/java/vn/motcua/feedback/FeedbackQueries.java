package vn.motcua.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.identity.AgencyDirectory;
import vn.motcua.identity.Agency;
import vn.motcua.identity.Field;
import vn.motcua.identity.FieldDirectory;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.PageResult;
import vn.motcua.shared.PagedQuery;
import vn.motcua.shared.Roles;
import vn.motcua.shared.VietnameseText;
import vn.motcua.shared.VietnamTime;

/** Lists and views of feedback for staff (the inbox) and for the public page of published answers. */
@Service
public class FeedbackQueries {

	/** The inbox tabs: open items, those past their step's deadline, those due soon, answers not yet published. */
	public enum Inbox {

		OPEN("Đang xử lý"), OVERDUE("Quá hạn"), DUE_SOON("Sắp đến hạn"), TO_PUBLISH("Chờ công khai");

		private final String label;

		Inbox(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** Filters of the staff list; every one optional. */
	public record Filter(@Nullable String status, @Nullable String kind, @Nullable String fieldCode,
			@Nullable String channel, @Nullable String inbox, @Nullable String q, @Nullable LocalDate receivedFrom,
			@Nullable LocalDate receivedTo) {
	}

	/** One line of a list. */
	public record Summary(String number, String senderName, String contentExcerpt, String channel, String channelLabel,
			@Nullable String fieldName, String kind, String kindLabel, String status, String statusLabel,
			OffsetDateTime receivedAt, @Nullable OffsetDateTime dueAt, boolean overdue) {
	}

	/** An inbox tab with its count. */
	public record InboxCount(String inbox, String label, long total) {
	}

	/** A published answer on the public page: no personal data of the sender. */
	public record PublishedAnswer(String number, String agencyName, @Nullable String fieldName, String kindLabel,
			String content, String answer, OffsetDateTime receivedAt, OffsetDateTime resolvedAt,
			OffsetDateTime publishedAt) {
	}

	private final JdbcClient jdbc;

	private final FeedbackDeadlines deadlines;

	private final AgencyDirectory agencies;

	private final FieldDirectory fields;

	private final CurrentActor actor;

	private final Clock clock;

	FeedbackQueries(JdbcClient jdbc, FeedbackDeadlines deadlines, AgencyDirectory agencies, FieldDirectory fields,
			CurrentActor actor, Clock clock) {
		this.jdbc = jdbc;
		this.deadlines = deadlines;
		this.agencies = agencies;
		this.fields = fields;
		this.actor = actor;
		this.clock = clock;
	}

	/** The caller's agencies' feedback, filtered; inbox tabs by deadline, the rest newest first. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public PageResult<Summary> search(Filter filter, PageRequest page) {
		List<Object> params = new ArrayList<>();
		String where = where(filter, params);
		String order = filter.inbox() != null && !filter.inbox().isBlank() && !"TO_PUBLISH".equals(norm(filter.inbox()))
				? " order by f.due_at nulls last, f.received_at" : " order by f.received_at desc, f.number desc";
		OffsetDateTime now = now();
		return new PagedQuery("select count(*) from feedback f" + where,
				"select f.*, fld.name as field_name from feedback f left join field fld on fld.id = f.field_id" + where
						+ order,
				params)
			.run(jdbc, page, (rs, n) -> {
				String content = rs.getString("content");
				OffsetDateTime due = FeedbackItems.time(rs, "due_at");
				FeedbackChannel channel = FeedbackChannel.valueOf(rs.getString("channel"));
				FeedbackKind kind = FeedbackKind.valueOf(rs.getString("kind"));
				FeedbackStatus status = FeedbackStatus.valueOf(rs.getString("status"));
				return new Summary(rs.getString("number"), rs.getString("sender_name"),
						content.length() > 160 ? content.substring(0, 157) + "…" : content, channel.name(),
						channel.label(), rs.getString("field_name"), kind.name(), kind.label(), status.name(),
						status.label(), FeedbackItems.time(rs, "received_at"), due, due != null && due.isBefore(now));
			});
	}

	/** The count of every inbox tab for the caller's agencies. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public List<InboxCount> inboxCounts() {
		List<InboxCount> counts = new ArrayList<>();
		for (Inbox inbox : Inbox.values()) {
			List<Object> params = new ArrayList<>();
			String where = where(new Filter(null, null, null, null, inbox.name(), null, null, null), params);
			long total = jdbc.sql("select count(*) from feedback f" + where).params(params).query(Long.class).single();
			counts.add(new InboxCount(inbox.name(), inbox.label(), total));
		}
		return counts;
	}

	private String where(Filter filter, List<Object> params) {
		StringBuilder where = new StringBuilder(" where true");
		if (!actor.seesAllAgencies()) {
			where.append(" and f.agency_id = any(?)");
			params.add(actor.visibleAgencyIds().toArray(UUID[]::new));
		}
		if (filter.status() != null && !filter.status().isBlank()) {
			where.append(" and f.status = ?");
			params.add(parse(FeedbackStatus.class, filter.status(), "status").name());
		}
		if (filter.kind() != null && !filter.kind().isBlank()) {
			where.append(" and f.kind = ?");
			params.add(parse(FeedbackKind.class, filter.kind(), "kind").name());
		}
		if (filter.channel() != null && !filter.channel().isBlank()) {
			where.append(" and f.channel = ?");
			params.add(parse(FeedbackChannel.class, filter.channel(), "channel").name());
		}
		if (filter.fieldCode() != null && !filter.fieldCode().isBlank()) {
			where.append(" and f.field_id = (select id from field where upper(code) = ?)");
			params.add(filter.fieldCode().trim().toUpperCase(Locale.ROOT));
		}
		if (filter.inbox() != null && !filter.inbox().isBlank()) {
			Inbox inbox = parse(Inbox.class, filter.inbox(), "inbox");
			OffsetDateTime now = now();
			switch (inbox) {
				case OPEN -> where.append(" and f.closed_at is null");
				case OVERDUE -> {
					where.append(" and f.due_at < ?");
					params.add(now);
				}
				case DUE_SOON -> {
					where.append(" and f.due_at >= ? and f.due_at <= ?");
					params.add(now);
					params.add(deadlines.dueSoonUntil(now));
				}
				case TO_PUBLISH -> where.append(" and f.status = 'RESOLVED'");
			}
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			String q = VietnameseText.fold(filter.q());
			where.append(" and (lower(f.number) = ? or f_unaccent(lower(f.sender_name)) like ? or f_unaccent(lower(f.content)) like ?)");
			params.add(filter.q().trim().toLowerCase(Locale.ROOT));
			params.add("%" + q + "%");
			params.add("%" + q + "%");
		}
		if (filter.receivedFrom() != null) {
			where.append(" and f.received_at >= ?");
			params.add(filter.receivedFrom().atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		}
		if (filter.receivedTo() != null) {
			where.append(" and f.received_at < ?");
			params.add(filter.receivedTo().plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		}
		return where.toString();
	}

	/** The full view of an item the caller has already been allowed to see. */
	public FeedbackView view(Feedback f, boolean withKey) {
		Agency agency = agencies.findById(f.agencyId()).orElseThrow();
		Field field = f.fieldId() == null ? null : fields.findById(f.fieldId()).orElse(null);
		List<FeedbackView.Step> steps = f.history()
			.stream()
			.map(e -> new FeedbackView.Step(e.action().name(), e.action().label(), e.at(), e.by(), e.note(),
					e.from().name(), e.to().name(), e.to().label(), e.dueAt()))
			.toList();
		return new FeedbackView(f.number(), withKey ? f.lookupKey() : null, agency.code(), agency.name(),
				f.channel().name(), f.channel().label(), f.sender(), f.content(), field == null ? null : field.code(),
				field == null ? null : field.name(), f.kind().name(), f.kind().label(), f.inScope(), f.status().name(),
				f.status().label(), f.receivedAt(), f.dueAt(), f.resolveDueAt(), f.overdueAt(now()), f.forwardedTo(),
				f.resolvedAt(), f.answer(), f.answeredOnTime(), f.refusalReason(), f.publishedAt(),
				f.satisfaction() == null ? null : f.satisfaction().name(), f.externalId(), steps);
	}

	/** Published answers, newest first, for the public page (no personal data). */
	@Transactional(readOnly = true)
	public PageResult<PublishedAnswer> published(@Nullable String q, PageRequest page) {
		List<Object> params = new ArrayList<>();
		String where = " where f.published_at is not null";
		if (q != null && !q.isBlank()) {
			where += " and (f_unaccent(lower(f.content)) like ? or f_unaccent(lower(f.answer)) like ?)";
			params.add("%" + VietnameseText.fold(q) + "%");
			params.add("%" + VietnameseText.fold(q) + "%");
		}
		Map<UUID, String> names = agencies.findAll().stream().collect(Collectors.toMap(Agency::id, Agency::name));
		return new PagedQuery("select count(*) from feedback f" + where,
				"select f.*, fld.name as field_name from feedback f left join field fld on fld.id = f.field_id" + where
						+ " order by f.published_at desc, f.number desc",
				params)
			.run(jdbc, page, (rs, n) -> new PublishedAnswer(rs.getString("number"),
					names.getOrDefault(rs.getObject("agency_id", UUID.class), ""), rs.getString("field_name"),
					FeedbackKind.valueOf(rs.getString("kind")).label(), rs.getString("content"), rs.getString("answer"),
					FeedbackItems.time(rs, "received_at"), FeedbackItems.time(rs, "resolved_at"),
					FeedbackItems.time(rs, "published_at")));
	}

	private OffsetDateTime now() {
		return VietnamTime.now(clock).toOffsetDateTime();
	}

	private static String norm(String value) {
		return value.trim().toUpperCase(Locale.ROOT);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
		try {
			return Enum.valueOf(type, norm(value));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, "Giá trị không hợp lệ: " + value);
		}
	}
}
