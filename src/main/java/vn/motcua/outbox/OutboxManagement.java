package vn.motcua.outbox;

import vn.motcua.shared.NoRoleRequired;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AuditLog;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.PageResult;
import vn.motcua.shared.Roles;

/**
 * The outbox's application service: enqueue a message in the caller's transaction, and let administrators list,
 * retry and cancel messages of their agencies. Delivery is the {@link OutboxSender}'s job.
 */
@Service
public class OutboxManagement {

	static final String COLUMNS = "id, destination, ordering_key, seq, label, content_type, state, attempts, "
			+ "last_error, next_attempt_at, created_at, updated_at, delivered_at";

	private final JdbcClient jdbc;

	private final CurrentActor actor;

	private final AuditLog audit;

	private final Clock clock;

	OutboxManagement(JdbcClient jdbc, CurrentActor actor, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.actor = actor;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Adds a message to the outbox inside the caller's transaction (there must be one), after the messages already
	 * enqueued for its destination and ordering key: it is stored, and later delivered, only if that transaction
	 * commits. Answers the message id.
	 */
	@NoRoleRequired("runs inside the calling module's transaction, after that module checked its caller")
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID enqueue(OutgoingMessage message) {
		String destination = message.destination().toString();
		long seq = jdbc.sql("""
				insert into outbox_key (destination, ordering_key, last_seq) values (:destination, :key, 1)
				on conflict (destination, ordering_key) do update set last_seq = outbox_key.last_seq + 1
				returning last_seq""")
			.param("destination", destination)
			.param("key", message.orderingKey())
			.query(Long.class)
			.single();
		OffsetDateTime now = now();
		jdbc.sql("""
				insert into outbox_message (id, destination, kind, ordering_key, seq, agency_id, label, content_type,
				    payload, state, attempts, next_attempt_at, created_at, updated_at)
				values (:id, :destination, :kind, :key, :seq, :agency, :label, :contentType, :payload, 'WAITING', 0,
				    :now, :now, :now)""")
			.param("id", message.id())
			.param("destination", destination)
			.param("kind", message.destination().kind())
			.param("key", message.orderingKey())
			.param("seq", seq)
			.param("agency", message.agencyId())
			.param("label", message.label())
			.param("contentType", message.contentType())
			.param("payload", message.payload())
			.param("now", now)
			.update();
		return message.id();
	}

	/**
	 * Messages the caller may manage, newest first, filtered by state, destination kind and a text in the ordering
	 * key (a dossier code).
	 */
	@PreAuthorize(Roles.ADMINS)
	@Transactional(readOnly = true)
	public PageResult<OutboxEntry> list(@Nullable MessageState state, @Nullable String kind, @Nullable String key,
			PageRequest page) {
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new java.util.HashMap<>();
		if (state != null) {
			where.append(" and state = :state");
			params.put("state", state.name());
		}
		if (kind != null && !kind.isBlank()) {
			where.append(" and kind = :kind");
			params.put("kind", kind.trim());
		}
		if (key != null && !key.isBlank()) {
			where.append(" and ordering_key like :key escape '\\'");
			params.put("key", "%" + key.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		scope(where, params);
		long total = jdbc.sql("select count(*) from outbox_message" + where).params(params).query(Long.class).single();
		params.put("limit", page.size());
		params.put("offset", page.offset());
		List<OutboxEntry> items = jdbc
			.sql("select " + COLUMNS + " from outbox_message" + where
					+ " order by created_at desc, seq desc limit :limit offset :offset")
			.params(params)
			.query(OutboxManagement::entry)
			.list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	/** How many messages the caller may manage are in each state. */
	@PreAuthorize(Roles.ADMINS)
	@Transactional(readOnly = true)
	public Map<MessageState, Long> counts() {
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new java.util.HashMap<>();
		scope(where, params);
		Map<MessageState, Long> counts = new EnumMap<>(MessageState.class);
		for (MessageState s : MessageState.values()) {
			counts.put(s, 0L);
		}
		jdbc.sql("select state, count(*) as n from outbox_message" + where + " group by state")
			.params(params)
			.query((rs, i) -> counts.put(MessageState.valueOf(rs.getString("state")), rs.getLong("n")))
			.list();
		return counts;
	}

	/** One message the caller may manage. */
	@PreAuthorize(Roles.ADMINS)
	@Transactional(readOnly = true)
	public OutboxEntry find(UUID id) {
		return visible(id);
	}

	/**
	 * Sends a failed, dead-lettered or cancelled message again: it waits for its turn with a fresh count of attempts.
	 * 409 for a message that is waiting, in flight or delivered.
	 */
	@PreAuthorize(Roles.ADMINS)
	@Transactional
	public OutboxEntry retry(UUID id) {
		OutboxEntry entry = visible(id);
		if (!entry.retryable()) {
			throw new ConflictException("Chỉ gửi lại được tin bị lỗi, hỏng hẳn hoặc đã hủy; tin này đang ở trạng thái "
					+ entry.stateLabel(), entry.state().name());
		}
		OffsetDateTime now = now();
		jdbc.sql("""
				update outbox_message set state = 'WAITING', attempts = 0, next_attempt_at = :now, updated_at = :now,
				    claim_token = null, lease_until = null
				where id = :id and state = :state""")
			.param("id", id)
			.param("state", entry.state().name())
			.param("now", now)
			.update();
		audit.record("RETRY", "OutboxMessage", id.toString(), agencyOf(id), Map.of("state", entry.state().name()),
				Map.of("state", MessageState.WAITING.name()));
		return visible(id);
	}

	/** Cancels a message not yet delivered nor in flight; later messages of its key then go ahead. */
	@PreAuthorize(Roles.ADMINS)
	@Transactional
	public OutboxEntry cancel(UUID id) {
		OutboxEntry entry = visible(id);
		if (!entry.cancellable()) {
			throw new ConflictException("Chỉ hủy được tin đang chờ, bị lỗi hoặc hỏng hẳn; tin này đang ở trạng thái "
					+ entry.stateLabel(), entry.state().name());
		}
		int changed = jdbc.sql("""
				update outbox_message set state = 'CANCELLED', updated_at = :now, claim_token = null, lease_until = null
				where id = :id and state = :state""")
			.param("id", id)
			.param("state", entry.state().name())
			.param("now", now())
			.update();
		if (changed == 0) {
			throw new ConflictException("Tin vừa được gửi đi, không hủy được", MessageState.IN_FLIGHT.name());
		}
		audit.record("CANCEL", "OutboxMessage", id.toString(), agencyOf(id), Map.of("state", entry.state().name()),
				Map.of("state", MessageState.CANCELLED.name()));
		return visible(id);
	}

	/**
	 * The messages of one destination and ordering key, oldest first, for modules that show the delivery of their own
	 * messages (the portal sync state of a dossier). No authorisation here: the calling module checks its own rules.
	 */
	@NoRoleRequired("the calling module checks its own rules before it reads its messages")
	@Transactional(readOnly = true)
	public List<OutboxEntry> ofKey(Destination destination, String orderingKey) {
		return jdbc
			.sql("select " + COLUMNS + " from outbox_message where destination = :destination and ordering_key = :key "
					+ "order by seq")
			.param("destination", destination.toString())
			.param("key", orderingKey)
			.query(OutboxManagement::entry)
			.list();
	}

	/** The payload of one message, for the module that wrote it. */
	@NoRoleRequired("the calling module checks its own rules before it reads its messages")
	@Transactional(readOnly = true)
	public Optional<byte[]> payload(UUID id) {
		return jdbc.sql("select payload from outbox_message where id = :id")
			.param("id", id)
			.query(byte[].class)
			.optional();
	}

	private OutboxEntry visible(UUID id) {
		UUID agency = agencyOf(id);
		OutboxEntry entry = jdbc.sql("select " + COLUMNS + " from outbox_message where id = :id")
			.param("id", id)
			.query(OutboxManagement::entry)
			.optional()
			.orElseThrow(() -> new NotFoundException("Không tìm thấy tin " + id));
		if (!actor.canSee(agency)) {
			throw new NotFoundException("Không tìm thấy tin " + id);
		}
		return entry;
	}

	private @Nullable UUID agencyOf(UUID id) {
		return jdbc.sql("select agency_id from outbox_message where id = :id")
			.param("id", id)
			.query((rs, i) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
			.optional()
			.flatMap(o -> o)
			.orElse(null);
	}

	private void scope(StringBuilder where, Map<String, Object> params) {
		if (!actor.seesAllAgencies()) {
			List<UUID> agencies = new ArrayList<>(actor.visibleAgencyIds());
			if (agencies.isEmpty()) {
				where.append(" and false");
			}
			else {
				where.append(" and agency_id in (:agencies)");
				params.put("agencies", agencies);
			}
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
		return new OutboxEntry(rs.getObject("id", UUID.class), rs.getString("destination"),
				rs.getString("ordering_key"), rs.getLong("seq"), rs.getString("label"), rs.getString("content_type"),
				MessageState.valueOf(rs.getString("state")), rs.getInt("attempts"), rs.getString("last_error"),
				rs.getObject("next_attempt_at", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getObject("delivered_at", OffsetDateTime.class));
	}
}
