package vn.motcua.system;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.shared.RateLimitCounter;

/**
 * Rate-limit counters in the unlogged table {@code rate_limit}: one upsert per counted request, shared by every
 * instance; about one call in a thousand also removes expired windows.
 */
@Component
class DatabaseRateLimitCounter implements RateLimitCounter {

	private final JdbcClient jdbc;

	DatabaseRateLimitCounter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long increment(String key, Instant windowStart, Duration window) {
		if (ThreadLocalRandom.current().nextInt(1000) == 0) {
			jdbc.sql("delete from rate_limit where expires_at < now()").update();
		}
		return jdbc.sql("""
				insert into rate_limit (key, window_start, expires_at, hits) values (?, ?, ?, 1)
				on conflict (key, window_start) do update set hits = rate_limit.hits + 1
				returning hits""")
			.params(key, OffsetDateTime.ofInstant(windowStart, ZoneOffset.UTC),
					OffsetDateTime.ofInstant(windowStart.plus(window), ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}
}
