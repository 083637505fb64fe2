package vn.motcua.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Sign-in throttling that cannot be turned against the owner of an account. Three counters, in memory (one per node;
 * a restart forgets them), each forgetting its failures {@code motcua.security.lock-duration} after the last one:
 * <ul>
 * <li>per account and address: {@code max-failed-logins} failures in a row lock that pair, so a guesser is stopped
 * while the owner, signing in from another address, is not;</li>
 * <li>per address: ten times as many failures, over any accounts, lock the address (password spraying);</li>
 * <li>per account: the account's own counter (stored, shown to administrators, who can unlock it) refuses only addresses
 * that have never signed in to it successfully since start-up; a known address still gets in with the right
 * password.</li>
 * </ul>
 * A refused sign-in gets exactly the answer of a wrong password, so it tells nobody which usernames exist or are
 * locked.
 */
@Component
class LoginThrottle {

	private static final int MAX_KEYS = 100_000;

	private final SecurityProperties properties;

	private final Clock clock;

	private final Map<String, Failures> pairs = new ConcurrentHashMap<>();

	private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

	private final Map<String, Set<String>> knownAddresses = new ConcurrentHashMap<>();

	LoginThrottle(SecurityProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** Whether a sign-in to {@code username} from {@code address} is refused before its password is checked. */
	boolean refused(String username, String address, boolean accountLocked) {
		Instant now = clock.instant();
		return count(pairs, pair(username, address), now) >= properties.maxFailedLogins()
				|| count(addresses, address, now) >= 10L * properties.maxFailedLogins()
				|| (accountLocked && !known(username, address));
	}

	void failed(String username, String address) {
		Instant now = clock.instant();
		add(pairs, pair(username, address), now);
		add(addresses, address, now);
	}

	void succeeded(String username, String address) {
		pairs.remove(pair(username, address));
		if (knownAddresses.size() < MAX_KEYS) {
			knownAddresses.computeIfAbsent(key(username), k -> ConcurrentHashMap.newKeySet()).add(address);
		}
	}

	/** An administrator unlocked the account: every address may try again. */
	void forget(String username) {
		String prefix = key(username) + "|";
		pairs.keySet().removeIf(k -> k.startsWith(prefix));
	}

	private boolean known(String username, String address) {
		Set<String> known = knownAddresses.get(key(username));
		return known != null && known.contains(address);
	}

	private long count(Map<String, Failures> map, String key, Instant now) {
		Failures failures = map.get(key);
		return failures == null || failures.expired(now, properties.lockDuration().toMillis()) ? 0 : failures.count;
	}

	private void add(Map<String, Failures> map, String key, Instant now) {
		if (map.size() > MAX_KEYS) {
			map.values().removeIf(f -> f.expired(now, properties.lockDuration().toMillis()));
		}
		map.compute(key, (k, f) -> f == null || f.expired(now, properties.lockDuration().toMillis())
				? new Failures(1, now) : new Failures(f.count + 1, now));
	}

	private static String pair(String username, String address) {
		return key(username) + "|" + address;
	}

	private static String key(String username) {
		return username == null ? "" : username.toLowerCase(Locale.ROOT);
	}

	private record Failures(long count, Instant last) {

		boolean expired(Instant now, long windowMillis) {
			return now.toEpochMilli() - last.toEpochMilli() > windowMillis;
		}
	}
}
