package vn.motcua.exchange;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Links between a dossier and its other leg, and the other leg's events. */
@Repository
class Links {

	static final String ORIGIN = "ORIGIN";

	static final String LINKED = "LINKED";

	/** A link. ORIGIN: our dossier forwarded to {@code otherAgency} at {@code peerCode}; LINKED: made from theirs. */
	record Link(UUID id, String role, String dossierCode, String peerCode, String otherAgency,
			@Nullable String otherCode, @Nullable Integer legDays, @Nullable String postalTracking,
			@Nullable LocalDate postalSentOn, @Nullable LocalDate postalReceivedOn, int stepsSent, Instant createdAt) {
	}

	/** One event of the other leg as reported by its side. */
	record LegEvent(int seq, String action, @Nullable String status, OffsetDateTime at, @Nullable String by,
			@Nullable String note) {
	}

	private final JdbcClient jdbc;

	Links(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Link link) {
		jdbc.sql("""
				insert into exchange_link (id, role, dossier_code, peer_code, other_agency, other_code, leg_days,
				    postal_tracking, postal_sent_on, postal_received_on, steps_sent, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(link.id(), link.role(), link.dossierCode(), link.peerCode(), link.otherAgency(), link.otherCode(),
					link.legDays(), link.postalTracking(), date(link.postalSentOn()), date(link.postalReceivedOn()),
					link.stepsSent(), Timestamp.from(link.createdAt()))
			.update();
	}

	Optional<Link> find(String role, String dossierCode) {
		return jdbc.sql("select * from exchange_link where role = ? and dossier_code = ?")
			.params(role, dossierCode)
			.query((rs, n) -> map(rs))
			.optional();
	}

	/** The next step number of a linked dossier (locks its link row until the transaction ends). */
	int nextStep(UUID linkId) {
		return jdbc.sql("update exchange_link set steps_sent = steps_sent + 1 where id = ? returning steps_sent")
			.param(linkId)
			.query(Integer.class)
			.single();
	}

	void otherCode(UUID linkId, String code) {
		jdbc.sql("update exchange_link set other_code = ? where id = ? and other_code is null").params(code, linkId).update();
	}

	void postalReceived(UUID linkId, LocalDate on) {
		jdbc.sql("update exchange_link set postal_received_on = ? where id = ?").params(Date.valueOf(on), linkId).update();
	}

	/** Records an event of the other leg; false when this message was recorded before. */
	boolean addEvent(UUID linkId, UUID messageId, LegEvent event) {
		return jdbc.sql("""
				insert into exchange_leg_event (id, link_id, message_id, seq, action, status, at, by_name, note)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (message_id) do nothing""")
			.params(UUID.randomUUID(), linkId, messageId, event.seq(), event.action(), event.status(), event.at(),
					event.by(), event.note())
			.update() == 1;
	}

	List<LegEvent> events(UUID linkId) {
		return jdbc.sql("select * from exchange_leg_event where link_id = ? order by seq, at")
			.param(linkId)
			.query((rs, n) -> new LegEvent(rs.getInt("seq"), rs.getString("action"), rs.getString("status"),
					rs.getObject("at", OffsetDateTime.class), rs.getString("by_name"), rs.getString("note")))
			.list();
	}

	private static @Nullable Date date(@Nullable LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

	private static Link map(ResultSet rs) throws SQLException {
		Date sent = rs.getDate("postal_sent_on");
		Date received = rs.getDate("postal_received_on");
		return new Link(rs.getObject("id", UUID.class), rs.getString("role"), rs.getString("dossier_code"),
				rs.getString("peer_code"), rs.getString("other_agency"), rs.getString("other_code"),
				(Integer) rs.getObject("leg_days"), rs.getString("postal_tracking"),
				sent == null ? null : sent.toLocalDate(), received == null ? null : received.toLocalDate(),
				rs.getInt("steps_sent"), rs.getTimestamp("created_at").toInstant());
	}
}
