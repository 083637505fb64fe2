package vn.motcua.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The hash rule of the chain: HMAC-SHA256 with the {@link AuditKey} (SHA-256 for rows chained before the key existed)
 * over the previous hash and every field of the row, one per line.
 */
final class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	static String hash(byte @Nullable [] key, String prevHash, long seq, Instant at, String actor, @Nullable UUID agencyId, String action,
			String entityType, String entityKey, @Nullable String before, @Nullable String after) {
		String content = String.join("\n", prevHash, Long.toString(seq),
				Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, at)), actor,
				agencyId == null ? "" : agencyId.toString(), action, entityType, entityKey,
				before == null ? "\u0000" : before, after == null ? "\u0000" : after);
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		try {
			if (key == null) {
				return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
			}
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(bytes));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("SHA-256 and HmacSHA256 are required by every Java platform", ex);
		}
	}

	static String hash(byte @Nullable [] key, AuditEntry entry) {
		return hash(key, entry.prevHash(), entry.seq(), entry.at(), entry.actor(), entry.agencyId(), entry.action(),
				entry.entityType(), entry.entityKey(), entry.before(), entry.after());
	}
}
