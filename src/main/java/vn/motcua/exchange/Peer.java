package vn.motcua.exchange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A peer (hệ thống đối tác): another deployment this one trusts, where it answers, the agencies it hosts and its
 * public keys. A base URL {@code loopback:} means this same application, reached in-process (the demo's Cục Lãnh sự).
 */
public record Peer(String code, String name, String baseUrl, List<String> agencies, boolean active,
		List<PeerKey> keys) {

	/** The keys valid at {@code at}: any of them may have signed a message (rotation). */
	public List<PeerKey> currentKeys(Instant at) {
		return keys.stream().filter(k -> k.validAt(at)).toList();
	}

	public boolean loopback() {
		return baseUrl.startsWith("loopback:");
	}

	/** One public key with its validity. */
	public record PeerKey(UUID id, String publicKey, String fingerprint, Instant validFrom,
			@Nullable Instant validUntil) {

		public boolean validAt(Instant at) {
			return !at.isBefore(validFrom) && (validUntil == null || at.isBefore(validUntil));
		}
	}
}
