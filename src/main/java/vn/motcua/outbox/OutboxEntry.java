package vn.motcua.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An outbox message as administrators see it (pages and API), without its payload. */
public record OutboxEntry(UUID id, String destination, String orderingKey, long sequence, @Nullable String label,
		String contentType, MessageState state, int attempts, @Nullable String lastError,
		OffsetDateTime nextAttemptAt, OffsetDateTime createdAt, OffsetDateTime updatedAt,
		@Nullable OffsetDateTime deliveredAt) {

	/** The state in Vietnamese. */
	public String stateLabel() {
		return state.label();
	}

	/** Whether an administrator may send it again now. */
	public boolean retryable() {
		return state == MessageState.FAILED || state == MessageState.DEAD || state == MessageState.CANCELLED;
	}

	/** Whether an administrator may cancel it. */
	public boolean cancellable() {
		return state == MessageState.WAITING || state == MessageState.FAILED || state == MessageState.DEAD;
	}
}
