package vn.motcua.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.VietnamTime;

/** Feedback items and their histories in PostgreSQL, with optimistic locking on {@code version}. */
@Repository
class FeedbackItems {

	private final JdbcClient jdbc;

	FeedbackItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int nextNumber(LocalDate day) {
		return jdbc.sql("""
				insert into feedback_number (day, last) values (?, 1)
				on conflict (day) do update set last = feedback_number.last + 1
				returning last""").param(day).query(Integer.class).single();
	}

	Optional<Feedback> findByNumber(String number) {
		return jdbc.sql("select * from feedback where number = ?").param(number).query(this::map).optional()
			.map(this::withHistory);
	}

	Optional<Feedback> findByExternalId(UUID agencyId, String externalId) {
		return jdbc.sql("select * from feedback where agency_id = ? and external_id = ?")
			.params(agencyId, externalId)
			.query(this::map)
			.optional()
			.map(this::withHistory);
	}

	long count() {
		return jdbc.sql("select count(*) from feedback").query(Long.class).single();
	}

	void save(Feedback f) {
		List<FeedbackEvent> pending = f.unstoredEvents();
		int newVersion;
		if (f.version() < 0) {
			jdbc.sql("""
					insert into feedback (id, number, lookup_key, agency_id, channel, sender_name, sender_phone,
					  sender_email, sender_address, sender_org, content, field_id, kind, in_scope, status, received_at,
					  due_at, resolve_due_at, classified_at, forwarded_at, forwarded_to, info_requested_at, resolved_at,
					  answer, refused_at, refusal_reason, published_at, closed_at, satisfaction, rated_at, external_id,
					  version)
					values (:id, :number, :key, :agency, :channel, :name, :phone, :email, :address, :org, :content,
					  :field, :kind, :inScope, :status, :received, :due, :resolveDue, :classified, :forwarded,
					  :forwardedTo, :infoRequested, :resolved, :answer, :refused, :refusal, :published, :closed,
					  :satisfaction, :rated, :external, 0)""")
				.params(values(f))
				.update();
			newVersion = 0;
		}
		else {
			int updated = jdbc.sql("""
					update feedback set field_id = :field, kind = :kind, in_scope = :inScope, status = :status,
					  due_at = :due, resolve_due_at = :resolveDue, classified_at = :classified, forwarded_at = :forwarded,
					  forwarded_to = :forwardedTo, info_requested_at = :infoRequested, resolved_at = :resolved,
					  answer = :answer, refused_at = :refused, refusal_reason = :refusal, published_at = :published,
					  closed_at = :closed, satisfaction = :satisfaction, rated_at = :rated, version = version + 1,
					  updated_at = now()
					where id = :id and version = :version""")
				.params(values(f))
				.param("version", f.version())
				.update();
			if (updated == 0) {
				throw new ConflictException("Phản ánh " + f.number() + " vừa được người khác cập nhật; vui lòng tải lại");
			}
			newVersion = f.version() + 1;
		}
		saveEvents(f, pending);
		f.markStored(newVersion);
	}

	private void saveEvents(Feedback f, List<FeedbackEvent> events) {
		for (FeedbackEvent e : events) {
			jdbc.sql("""
					insert into feedback_event (feedback_id, seq, action, at, by_user, note, from_status, to_status, due_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(f.id(), e.seq(), e.action().name(), e.at(), e.by(), e.note(), e.from().name(), e.to().name(),
						e.dueAt())
				.update();
		}
	}

	private static java.util.Map<String, Object> values(Feedback f) {
		java.util.Map<String, Object> v = new java.util.HashMap<>();
		v.put("id", f.id());
		v.put("number", f.number());
		v.put("key", f.lookupKey());
		v.put("agency", f.agencyId());
		v.put("channel", f.channel().name());
		v.put("name", f.sender().name());
		v.put("phone", f.sender().phone());
		v.put("email", f.sender().email());
		v.put("address", f.sender().address());
		v.put("org", f.sender().organisation());
		v.put("content", f.content());
		v.put("field", f.fieldId());
		v.put("kind", f.kind().name());
		v.put("inScope", f.inScope());
		v.put("status", f.status().name());
		v.put("received", f.receivedAt());
		v.put("due", f.dueAt());
		v.put("resolveDue", f.resolveDueAt());
		v.put("classified", f.classifiedAt());
		v.put("forwarded", f.forwardedAt());
		v.put("forwardedTo", f.forwardedTo());
		v.put("infoRequested", f.infoRequestedAt());
		v.put("resolved", f.resolvedAt());
		v.put("answer", f.answer());
		v.put("refused", f.refusedAt());
		v.put("refusal", f.refusalReason());
		v.put("published", f.publishedAt());
		v.put("closed", f.closedAt());
		v.put("satisfaction", f.satisfaction() == null ? null : f.satisfaction().name());
		v.put("rated", f.ratedAt());
		v.put("external", f.externalId());
		return v;
	}

	private Feedback withHistory(Feedback f) {
		List<FeedbackEvent> events = jdbc.sql("select * from feedback_event where feedback_id = ? order by seq")
			.param(f.id())
			.query((rs, n) -> new FeedbackEvent(rs.getInt("seq"), FeedbackAction.valueOf(rs.getString("action")),
					time(rs, "at"), rs.getString("by_user"), rs.getString("note"),
					FeedbackStatus.valueOf(rs.getString("from_status")), FeedbackStatus.valueOf(rs.getString("to_status")),
					time(rs, "due_at")))
			.list();
		return Feedback.restore(f.id(), f.number(), f.lookupKey(), f.agencyId(), f.channel(), f.sender(), f.content(),
				f.fieldId(), f.kind(), f.inScope(), f.status(), f.receivedAt(), f.dueAt(), f.resolveDueAt(),
				f.classifiedAt(), f.forwardedAt(), f.forwardedTo(), f.infoRequestedAt(), f.resolvedAt(), f.answer(),
				f.refusedAt(), f.refusalReason(), f.publishedAt(), f.closedAt(), f.satisfaction(), f.ratedAt(),
				f.externalId(), f.version(), events);
	}

	Feedback map(ResultSet rs, int n) throws SQLException {
		Object inScope = rs.getObject("in_scope");
		String satisfaction = rs.getString("satisfaction");
		return Feedback.restore(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("lookup_key"),
				rs.getObject("agency_id", UUID.class), FeedbackChannel.valueOf(rs.getString("channel")),
				new Sender(rs.getString("sender_name"), rs.getString("sender_phone"), rs.getString("sender_email"),
						rs.getString("sender_address"), rs.getString("sender_org")),
				rs.getString("content"), rs.getObject("field_id", UUID.class), FeedbackKind.valueOf(rs.getString("kind")),
				inScope == null ? null : (Boolean) inScope, FeedbackStatus.valueOf(rs.getString("status")),
				time(rs, "received_at"), time(rs, "due_at"), time(rs, "resolve_due_at"), time(rs, "classified_at"),
				time(rs, "forwarded_at"), rs.getString("forwarded_to"), time(rs, "info_requested_at"),
				time(rs, "resolved_at"), rs.getString("answer"), time(rs, "refused_at"), rs.getString("refusal_reason"),
				time(rs, "published_at"), time(rs, "closed_at"),
				satisfaction == null ? null : Satisfaction.valueOf(satisfaction), time(rs, "rated_at"),
				rs.getString("external_id"), rs.getInt("version"), List.of());
	}

	static @Nullable OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime();
	}
}
