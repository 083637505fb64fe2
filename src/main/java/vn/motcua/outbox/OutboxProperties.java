package vn.motcua.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbox sender ({@code motcua.outbox.*}).
 *
 * @param enabled whether this instance runs the scheduled sender (messages are enqueued either way)
 * @param pollInterval pause between two scans for due messages
 * @param batchSize messages claimed per scan
 * @param maxAttempts attempts before a message is dead-lettered
 * @param initialBackoff delay before the second attempt
 * @param multiplier growth of the delay per attempt
 * @param maxBackoff the longest delay between two attempts
 * @param jitter random spread (±) of the first delay, growing with it (Spring's {@code ExponentialBackOff}), so that
 *        many failed messages do not come back at once
 * @param lease how long a claim lasts: a message still in flight after it (its sender died) is sent again
 */
@ConfigurationProperties("motcua.outbox")
public record OutboxProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("50") int batchSize, @DefaultValue("12") int maxAttempts,
		@DefaultValue("2s") Duration initialBackoff, @DefaultValue("2.0") double multiplier,
		@DefaultValue("30m") Duration maxBackoff, @DefaultValue("500ms") Duration jitter,
		@DefaultValue("2m") Duration lease) {

	public OutboxProperties {
		if (batchSize < 1 || maxAttempts < 1 || multiplier < 1.0 || initialBackoff.isNegative()
				|| maxBackoff.compareTo(initialBackoff) < 0 || jitter.isNegative() || lease.isNegative()
				|| lease.isZero()) {
			throw new IllegalStateException("motcua.outbox.*: batch-size and max-attempts at least 1, multiplier at "
					+ "least 1, max-backoff not below initial-backoff, lease positive");
		}
	}
}
