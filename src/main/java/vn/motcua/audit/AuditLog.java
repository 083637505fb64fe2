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
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.shared.CurrentActor;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.PagedQuery;
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

	private final AuditKey auditKey;

	private final AuditAnchor anchor;

	AuditLog(JdbcClient jdbc, CurrentActor actor, JsonMapper json, Clock clock, AuditKey auditKey,
			AuditAnchor anchor) {
		this.auditKey = auditKey;
		this.anchor = anchor;
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
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		jdbc.sql("""
				insert into audit_entry (seq, at, actor, agency_id, action, entity_type, entity_key, before_json,
				                         after_json)
				values (nextval('audit_entry_seq'), ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), actor.username(), agencyId, action, entityType,
					entityKey, toJson(before), toJson(after))
			.update();
	}

	/**
	 * Gives every committed, unchained row its place in the chain and its hashes, oldest first. One chainer at a time
	 * (advisory lock); runs every second and before every verification. A row committed late gets a later place.
	 * @return how many rows were chained
	 */
	@Scheduled(fixedDelayString = "${motcua.audit.chain-interval:1s}")
	@Transactional
	public int chain() {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleValue();
		var last = jdbc.sql("select chain_no, hash from audit_entry where chain_no is not null order by chain_no desc limit 1")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.optional();
		long chainNo = last.map(l -> (Long) l[0]).orElse(0L);
		String prevHash = last.map(l -> (String) l[1]).orElse(AuditChain.GENESIS);
		List<AuditEntry> pending = jdbc.sql("select * from audit_entry where hash is null order by seq limit 10000")
			.query((rs, n) -> map(rs))
			.list();
		AuditKey.Key key = pending.isEmpty() ? null : auditKey.current();
		Long[] chainNos = new Long[pending.size()];
		String[] prevHashes = new String[pending.size()];
		String[] hashes = new String[pending.size()];
		Long[] seqs = new Long[pending.size()];
		for (int i = 0; i < pending.size(); i++) {
			AuditEntry entry = pending.get(i);
			chainNo++;
			String hash = AuditChain.hash(key.forRow(chainNo), prevHash, entry.seq(), entry.at(), entry.actor(), entry.agencyId(),
					entry.action(), entry.entityType(), entry.entityKey(), entry.before(), entry.after());
			chainNos[i] = chainNo;
			prevHashes[i] = prevHash;
			hashes[i] = hash;
			seqs[i] = entry.seq();
			prevHash = hash;
		}
		if (!pending.isEmpty()) {
			// the whole batch in one statement (one round trip, not one per row: the chainer keeps up with a busy desk)
			jdbc.sql("""
					update audit_entry a set chain_no = v.chain_no, prev_hash = v.prev_hash, hash = v.hash
					from unnest(?::bigint[], ?::text[], ?::text[], ?::bigint[]) as v(chain_no, prev_hash, hash, seq)
					where a.seq = v.seq""")
				.params(chainNos, prevHashes, hashes, seqs)
				.update();
			AuditAnchor.Head head = new AuditAnchor.Head(chainNo, prevHash);
			if (TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						anchor.advance(head);
					}
				});
			}
			else {
				anchor.advance(head);
			}
		}
		return pending.size();
	}

	/** Checks every row against its hash and its link to the row before it; reports the first broken link. */
	@PreAuthorize(Roles.ADMINS)
	@Transactional
	public AuditVerification verify() {
		while (chain() > 0) {
			// chain everything committed so far, then check
		}
		AuditKey.Key key = auditKey.current();
		AtomicLong checked = new AtomicLong();
		AtomicReference<String> expectedPrev = new AtomicReference<>(AuditChain.GENESIS);
		AtomicReference<AuditVerification> broken = new AtomicReference<>();
		jdbc.sql("select * from audit_entry where chain_no is not null order by chain_no").query(rs -> {
			if (broken.get() != null) {
				return;
			}
			AuditEntry entry = map(rs);
			long chainNo = rs.getLong("chain_no");
			checked.incrementAndGet();
			if (!entry.prevHash().equals(expectedPrev.get())) {
				broken.set(new AuditVerification(false, checked.get(), entry.seq(),
						"Dòng " + entry.seq() + " không nối với dòng trước: có dòng đã bị xóa hoặc chèn thêm."));
			}
			else if (!AuditChain.hash(key.forRow(chainNo), entry).equals(entry.hash())) {
				broken.set(new AuditVerification(false, checked.get(), entry.seq(),
						"Nội dung dòng " + entry.seq() + " không khớp mã băm: dòng đã bị sửa."));
			}
			expectedPrev.set(entry.hash());
		});
		if (broken.get() != null) {
			return broken.get();
		}
		AuditVerification anchored = againstAnchor(checked.get());
		return anchored != null ? anchored : new AuditVerification(true, checked.get(), null, null);
	}

	/** The database must still hold the head anchored outside it: otherwise its newest rows were removed. */
	private @Nullable AuditVerification againstAnchor(long checked) {
		AuditAnchor.Head head = anchor.head();
		if (head == null) {
			return null;
		}
		var row = jdbc.sql("select seq, hash from audit_entry where chain_no = ?")
			.param(head.chainNo())
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.optional();
		if (row.isEmpty()) {
			return new AuditVerification(false, checked, null, "Nhật ký đã bị xóa bớt ở cuối: bản neo ngoài cơ sở dữ liệu "
					+ "ghi đến vị trí " + head.chainNo() + ", cơ sở dữ liệu chỉ còn " + checked + " dòng trong chuỗi.");
		}
		if (!head.hash().equals(row.get()[1])) {
			return new AuditVerification(false, checked, (Long) row.get()[0], "Dòng " + row.get()[0] + " (vị trí "
					+ head.chainNo() + ") không khớp bản neo ngoài cơ sở dữ liệu: các dòng cuối đã bị xóa hoặc viết lại.");
		}
		return null;
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
		return new PagedQuery("select count(*) from audit_entry" + where,
				"select * from audit_entry" + where + " order by seq desc", params)
			.run(jdbc, page, (rs, n) -> map(rs));
	}

	private @Nullable String toJson(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		return value instanceof String text ? text : json.writeValueAsString(value);
	}

	private static AuditEntry map(ResultSet rs) throws SQLException {
		String prev = rs.getString("prev_hash");
		String hash = rs.getString("hash");
		return new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getObject("agency_id", UUID.class), rs.getString("action"),
				rs.getString("entity_type"), rs.getString("entity_key"), rs.getString("before_json"),
				rs.getString("after_json"), prev == null ? "" : prev, hash == null ? "" : hash);
	}
}
