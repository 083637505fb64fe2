package vn.motcua.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A fixed-window request counter per key (usually the client address) for public endpoints such as dossier lookup
 * and the feedback form: at most {@code limit} requests per {@code window}. The counts live in a
 * {@link RateLimitCounter} (the database), so several instances enforce one limit together.
 */
public final class RateLimiter {

	private final String name;

	private final int limit;

	private final Duration window;

	private final Clock clock;

	private final RateLimitCounter counter;

	/** @param name distinguishes this limit from the others sharing the counter (e.g. {@code "lookup-page"}) */
	public RateLimiter(String name, int limit, Duration window, Clock clock, RateLimitCounter counter) {
		this.name = name;
		this.limit = limit;
		this.window = window;
		this.clock = clock;
		this.counter = counter;
	}

	/** Counts one request for {@code key}; false when the key has used up its window. */
	public boolean tryAcquire(String key) {
		long now = clock.millis();
		long windowMillis = window.toMillis();
		Instant start = Instant.ofEpochMilli(now - now % windowMillis);
		return counter.increment(name + ":" + key, start, window) <= limit;
	}
}
