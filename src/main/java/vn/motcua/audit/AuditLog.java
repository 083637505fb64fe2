package vn.motcua.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.PageResult;
import vn.motcua.shared.Roles;
import vn.motcua.shared.VietnameseText;

/**
 * The append-only, hash-chained audit log. {@link #record} joins the caller's transaction; appends are serialised
 * with a transaction-scoped advisory lock so the chain has one order.
 */
@Service
public class AuditLog {

	private static final long CHAIN_LOCK = 0x4D6F74437561L;

	private final JdbcClient jdbc;

	private final CurrentActor actor;

	private final JsonMapper json;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, CurrentActor actor, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.actor = actor;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Appends one row for a write done by the current user.
	 * @param before the record before the write (any JSON-serialisable value), {@code null} for a creation
	 * @param after the record after the write, {@code null} for a deletion
	 */
	@Transactional
	public void record(String action, String entityType, String entityKey, @Nullable UUID agencyId,
			@Nullable Object before, @Nullable Object after) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleValue();
		String prevHash = jdbc.sql("select hash from audit_entry order by seq desc limit 1")
			.query(String.class)
			.optional()
			.orElse(AuditChain.GENESIS);
		long seq = jdbc.sql("select nextval('audit_entry_seq')").query(Long.class).single();
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String beforeJson = toJson(before);
		String afterJson = toJson(after);
		String who = actor.username();
		String hash = AuditChain.hash(prevHash, seq, at, who, agencyId, action, entityType, entityKey, beforeJson,
				afterJson);
		jdbc.sql("""
				insert into audit_entry (seq, at, actor, agency_id, action, entity_type, entity_key, before_json,
				                         after_json, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(seq, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), who, agencyId, action, entityType, entityKey,
					beforeJson, afterJson, prevHash, hash)
			.update();
	}

	/** Checks every row against its hash and its link to the row before it; reports the first broken link. */
	@PreAuthorize(Roles.ADMINS)
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		AtomicLong checked = new AtomicLong();
		AtomicReference<String> expectedPrev = new AtomicReference<>(AuditChain.GENESIS);
		AtomicReference<AuditVerification> broken = new AtomicReference<>();
		jdbc.sql("select * from audit_entry order by seq").query(rs -> {
			if (broken.get() != null) {
				return;
			}
			AuditEntry entry = map(rs);
			checked.incrementAndGet();
			if (!entry.prevHash().equals(expectedPrev.get())) {
				broken.set(new AuditVerification(false, checked.get(), entry.seq(),
						"Dòng " + entry.seq() + " không nối với dòng trước: có dòng đã bị xóa hoặc chèn thêm."));
			}
			else if (!AuditChain.hash(entry).equals(entry.hash())) {
				broken.set(new AuditVerification(false, checked.get(), entry.seq(),
						"Nội dung dòng " + entry.seq() + " không khớp mã băm: dòng đã bị sửa."));
			}
			expectedPrev.set(entry.hash());
		});
		return broken.get() != null ? broken.get() : new AuditVerification(true, checked.get(), null, null);
	}

	/** Newest first; administrators of an agency see the rows of their agencies and of their own actions. */
	@PreAuthorize(Roles.ADMINS)
	@Transactional(readOnly = true)
	public PageResult<AuditEntry> search(@Nullable String entityType, @Nullable String q, PageRequest page) {
		StringBuilder where = new StringBuilder(" where 1=1");
		List<Object> params = new ArrayList<>();
		if (!actor.seesAllAgencies()) {
			where.append(" and (agency_id = any(?) or actor = ?)");
			params.add(actor.visibleAgencyIds().toArray(UUID[]::new));
			params.add(actor.username());
		}
		if (entityType != null && !entityType.isBlank()) {
			where.append(" and entity_type = ?");
			params.add(entityType);
		}
		if (q != null && !q.isBlank()) {
			where.append(" and (f_unaccent(lower(entity_key)) like ? or lower(actor) like ?)");
			String like = "%" + VietnameseText.fold(q).replace("%", "\\%").replace("_", "\\_") + "%";
			params.add(like);
			params.add(like);
		}
		long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(page.size());
		pageParams.add(page.offset());
		List<AuditEntry> items = jdbc.sql("select * from audit_entry" + where + " order by seq desc limit ? offset ?")
			.params(pageParams)
			.query((rs, n) -> map(rs))
			.list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	private @Nullable String toJson(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		return value instanceof String text ? text : json.writeValueAsString(value);
	}

	private static AuditEntry map(ResultSet rs) throws SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getObject("agency_id", UUID.class), rs.getString("action"),
				rs.getString("entity_type"), rs.getString("entity_key"), rs.getString("before_json"),
				rs.getString("after_json"), rs.getString("prev_hash"), rs.getString("hash"));
	}
}
