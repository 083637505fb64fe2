package vn.motcua.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sign-in throttling that cannot be turned against the owner of an account. Three counters, kept in PostgreSQL so
 * that every instance behind a load balancer counts the same failures (tables {@code login_failure}, unlogged, and
 * {@code login_known_address}), each forgetting its failures {@code motcua.security.lock-duration} after the last one:
 * <ul>
 * <li>per account and address: {@code max-failed-logins} failures in a row lock that pair, so a guesser is stopped
 * while the owner, signing in from another address, is not;</li>
 * <li>per address: ten times as many failures, over any accounts, lock the address (password spraying);</li>
 * <li>per account: the account's own counter (stored, shown to administrators, who can unlock it) refuses only addresses
 * that have never signed in to it successfully; a known address still gets in with the right password.</li>
 * </ul>
 * A refused sign-in gets exactly the answer of a wrong password, so it tells nobody which usernames exist or are
 * locked.
 */
@Component
class LoginThrottle {

	private final SecurityProperties properties;

	private final Clock clock;

	private final JdbcClient jdbc;

	LoginThrottle(SecurityProperties properties, Clock clock, JdbcClient jdbc) {
		this.properties = properties;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** Whether a sign-in to {@code username} from {@code address} is refused before its password is checked. */
	boolean refused(String username, String address, boolean accountLocked) {
		OffsetDateTime since = utc(clock.instant().minus(properties.lockDuration()));
		List<Counter> counters = jdbc.sql("select key, failures from login_failure where key in (?, ?) and last_at >= ?")
			.params(pair(username, address), address(address), since)
			.query(Counter.class)
			.list();
		long pair = counters.stream().filter(c -> c.key().startsWith("p:")).mapToLong(Counter::failures).sum();
		long all = counters.stream().filter(c -> c.key().startsWith("a:")).mapToLong(Counter::failures).sum();
		return pair >= properties.maxFailedLogins() || all >= 10L * properties.maxFailedLogins()
				|| (accountLocked && !known(username, address));
	}

	private record Counter(String key, long failures) {
	}

	void failed(String username, String address) {
		Instant now = clock.instant();
		if (ThreadLocalRandom.current().nextInt(200) == 0) {
			jdbc.sql("delete from login_failure where last_at < ?").param(utc(now.minus(properties.lockDuration()))).update();
		}
		add(pair(username, address), now);
		add(address(address), now);
	}

	void succeeded(String username, String address) {
		jdbc.sql("delete from login_failure where key = ?").param(pair(username, address)).update();
		jdbc.sql("""
				insert into login_known_address (username, address, since) values (?, ?, ?)
				on conflict (username, address) do nothing""")
			.params(key(username), cut(address), utc(clock.instant()))
			.update();
	}

	/** An administrator unlocked the account: every address may try again. */
	void forget(String username) {
		jdbc.sql("delete from login_failure where key like ? escape '\\'")
			.param("p:" + key(username).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "|%")
			.update();
	}

	private boolean known(String username, String address) {
		return jdbc.sql("select count(*) from login_known_address where username = ? and address = ?")
			.params(key(username), cut(address))
			.query(Long.class)
			.single() > 0;
	}

	/** One more failure, or the first of a new run when the last one is older than the lock duration. */
	private void add(String key, Instant now) {
		jdbc.sql("""
				insert into login_failure (key, failures, last_at) values (?, 1, ?)
				on conflict (key) do update set
				  failures = case when login_failure.last_at < ? then 1 else login_failure.failures + 1 end,
				  last_at = excluded.last_at""")
			.params(key, utc(now), utc(now.minus(properties.lockDuration())))
			.update();
	}

	private static String pair(String username, String address) {
		return "p:" + key(username) + "|" + cut(address);
	}

	private static String address(String address) {
		return "a:" + cut(address);
	}

	private static String key(String username) {
		return username == null ? "" : cut(username.toLowerCase(Locale.ROOT));
	}

	private static String cut(String text) {
		return text == null ? "" : text.length() > 100 ? text.substring(0, 100) : text;
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
