package vn.motcua.outbox;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A message handed to a {@link Deliverer}: its id (the receiver's idempotency key), where it goes, its place in its
 * key's order, the payload and the number of this attempt (1 for the first).
 */
public record OutboxMessage(UUID id, Destination destination, String orderingKey, long sequence,
		@Nullable UUID agencyId, String contentType, byte[] payload, int attempt, OffsetDateTime createdAt) {

	/** The payload as UTF-8 text. */
	public String payloadText() {
		return new String(payload, StandardCharsets.UTF_8);
	}
}
