package vn.motcua.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed-window request counter per key (usually the client address) for public endpoints such as dossier lookup
 * and the feedback form: at most {@code limit} requests per {@code window}. In memory, one per node.
 */
public final class RateLimiter {

	private final int limit;

	private final long windowMillis;

	private final Clock clock;

	private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

	public RateLimiter(int limit, Duration window, Clock clock) {
		this.limit = limit;
		this.windowMillis = window.toMillis();
		this.clock = clock;
	}

	/** Counts one request for {@code key}; false when the key has used up its window. */
	public boolean tryAcquire(String key) {
		long now = clock.millis();
		long start = now - now % windowMillis;
		if (windows.size() > 100_000) {
			windows.entrySet().removeIf(e -> e.getValue().start < start);
		}
		Window window = windows.compute(key, (k, w) -> w == null || w.start != start ? new Window(start) : w);
		return window.count.incrementAndGet() <= limit;
	}

	private static final class Window {

		final long start;

		final AtomicInteger count = new AtomicInteger();

		Window(long start) {
			this.start = start;
		}
	}
}
