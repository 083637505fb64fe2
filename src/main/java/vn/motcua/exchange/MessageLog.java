package vn.motcua.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.PageResult;
import vn.motcua.shared.Roles;

/**
 * Nhật ký thông điệp: every message sent, received, answered again as a duplicate, or refused, with the SHA-256 of
 * its exact body and its signature, in a chain (each row's hash covers the previous hash and its own fields, as in
 * the audit log), so either side can prove what it sent and received (X-Road's message log is the model). Rows are
 * chained as they are written, one writer at a time (an advisory lock held to the end of the transaction).
 */
@Component
public class MessageLog {

	static final String GENESIS = "0".repeat(64);

	private static final long CHAIN_LOCK = 0x6D6F74637561_0017L;

	/** One row. {@code direction}: SENT, RECEIVED or REFUSED. */
	public record Entry(long chainNo, @Nullable UUID messageId, String direction, @Nullable String peerCode,
			@Nullable String kind, @Nullable String dossierCode, String bodySha256, @Nullable String signature,
			String outcome, @Nullable String detail, Instant at, String prevHash, String hash) {
	}

	/** The outcome of checking the chain: intact, or the first row that does not match. */
	public record Verification(boolean intact, long checked, @Nullable Long firstBroken, @Nullable String reason) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	MessageLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Appends a row in the caller's transaction (it is stored with the change it logs, or not at all). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void append(@Nullable UUID messageId, String direction, @Nullable String peerCode, @Nullable String kind,
			@Nullable String dossierCode, String bodySha256, @Nullable String signature, String outcome,
			@Nullable String detail) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleValue();
		var last = jdbc.sql("select chain_no, hash from exchange_message_log order by chain_no desc limit 1")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.optional();
		long chainNo = last.map(l -> (Long) l[0]).orElse(0L) + 1;
		String prevHash = last.map(l -> (String) l[1]).orElse(GENESIS);
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String cut = detail == null ? null : detail.length() > 2000 ? detail.substring(0, 2000) : detail;
		String hash = hash(prevHash, chainNo, messageId, direction, peerCode, kind, dossierCode, bodySha256, signature,
				outcome, cut, at);
		jdbc.sql("""
				insert into exchange_message_log (chain_no, message_id, direction, peer_code, kind, dossier_code,
				    body_sha256, signature, outcome, detail, at, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(chainNo, messageId, direction, peerCode, kind, dossierCode, bodySha256, signature, outcome, cut,
					Timestamp.from(at), prevHash, hash)
			.update();
	}

	/** A refused message, logged in a transaction of its own (the refusal stores nothing else). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void refused(@Nullable UUID messageId, @Nullable String peerCode, @Nullable String kind, String bodySha256,
			@Nullable String signature, String reason) {
		append(messageId, "REFUSED", peerCode, kind, null, bodySha256, signature, "REFUSED", reason);
	}

	@PreAuthorize(Roles.ADMINS)
	@Transactional(readOnly = true)
	public PageResult<Entry> page(@Nullable String dossierCode, PageRequest page) {
		String where = dossierCode == null || dossierCode.isBlank() ? "" : " where dossier_code = :dossier";
		var count = jdbc.sql("select count(*) from exchange_message_log" + where);
		var rows = jdbc.sql("select * from exchange_message_log" + where + " order by chain_no desc limit :size offset :offset");
		if (!where.isEmpty()) {
			count = count.param("dossier", dossierCode.trim());
			rows = rows.param("dossier", dossierCode.trim());
		}
		long total = count.query(Long.class).single();
		List<Entry> items = rows.param("size", page.size()).param("offset", page.offset()).query((rs, n) -> map(rs)).list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	/** Recomputes every row's hash from the first: a changed, removed or inserted row breaks the chain. */
	@PreAuthorize(Roles.ADMINS)
	@Transactional(readOnly = true)
	public Verification verify() {
		return check();
	}

	Verification check() {
		String prev = GENESIS;
		long expected = 1;
		long checked = 0;
		long after = 0;
		while (true) {
			List<Entry> batch = jdbc.sql("select * from exchange_message_log where chain_no > ? order by chain_no limit 5000")
				.param(after)
				.query((rs, n) -> map(rs))
				.list();
			if (batch.isEmpty()) {
				return new Verification(true, checked, null, null);
			}
			for (Entry e : batch) {
				if (e.chainNo() != expected) {
					return new Verification(false, checked, expected, "Thiếu dòng số " + expected);
				}
				if (!e.prevHash().equals(prev)) {
					return new Verification(false, checked, e.chainNo(), "Mã băm dòng trước không khớp");
				}
				String hash = hash(e.prevHash(), e.chainNo(), e.messageId(), e.direction(), e.peerCode(), e.kind(),
						e.dossierCode(), e.bodySha256(), e.signature(), e.outcome(), e.detail(), e.at());
				if (!hash.equals(e.hash())) {
					return new Verification(false, checked, e.chainNo(), "Nội dung dòng đã bị sửa");
				}
				prev = e.hash();
				expected++;
				checked++;
				after = e.chainNo();
			}
		}
	}

	static String hash(String prevHash, long chainNo, @Nullable UUID messageId, String direction,
			@Nullable String peerCode, @Nullable String kind, @Nullable String dossierCode, String bodySha256,
			@Nullable String signature, String outcome, @Nullable String detail, Instant at) {
		return Ed25519.sha256(String.join("\n", prevHash, Long.toString(chainNo), text(messageId), direction,
				text(peerCode), text(kind), text(dossierCode), bodySha256, text(signature), outcome, text(detail),
				Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, at))));
	}

	private static String text(@Nullable Object value) {
		return value == null ? "\u0000" : value.toString();
	}

	private static Entry map(ResultSet rs) throws SQLException {
		return new Entry(rs.getLong("chain_no"), rs.getObject("message_id", UUID.class), rs.getString("direction"),
				rs.getString("peer_code"), rs.getString("kind"), rs.getString("dossier_code"),
				rs.getString("body_sha256"), rs.getString("signature"), rs.getString("outcome"), rs.getString("detail"),
				rs.getTimestamp("at").toInstant(), rs.getString("prev_hash"), rs.getString("hash"));
	}
}
