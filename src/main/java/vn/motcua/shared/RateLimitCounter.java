package vn.motcua.shared;

import java.time.Duration;
import java.time.Instant;

/**
 * Where {@link RateLimiter} counts requests: in the database (the system module's implementation), so that every
 * instance behind a load balancer counts against the same limit.
 */
public interface RateLimitCounter {

	/** Counts one request for {@code key} in the window starting at {@code windowStart}; the count so far. */
	long increment(String key, Instant windowStart, Duration window);
}
