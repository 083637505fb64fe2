package vn.motcua.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The hash rule of the chain: SHA-256 over the previous hash and every field of the row, one per line. */
final class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	static String hash(String prevHash, long seq, Instant at, String actor, @Nullable UUID agencyId, String action,
			String entityType, String entityKey, @Nullable String before, @Nullable String after) {
		String content = String.join("\n", prevHash, Long.toString(seq),
				Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, at)), actor,
				agencyId == null ? "" : agencyId.toString(), action, entityType, entityKey,
				before == null ? "\u0000" : before, after == null ? "\u0000" : after);
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

	static String hash(AuditEntry entry) {
		return hash(entry.prevHash(), entry.seq(), entry.at(), entry.actor(), entry.agencyId(), entry.action(),
				entry.entityType(), entry.entityKey(), entry.before(), entry.after());
	}
}
