package vn.motcua.identity;

import java.time.Duration;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What every request of a signed-in user needs from the identity tables (home agency, its name, the agencies it
 * sees), kept per username so that a page does not read them again. Any change to an account or to the agency tree
 * empties it at once on this instance (and again after the commit, so that a reader cannot cache the old rows
 * meanwhile); other instances see the change within {@code motcua.security.identity-cache-ttl} (default 30 s).
 */
@Component
class IdentityCache {

	private final Cache<String, Object> entries;

	/** The agency rows and subtrees, apart from the users' entries computed from them. */
	private final Cache<String, Object> agencies;

	IdentityCache(@Value("${motcua.security.identity-cache-ttl:30s}") Duration ttl) {
		this.entries = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ttl).build();
		this.agencies = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ttl).build();
	}

	/** The cached value for {@code key}, computed by {@code load} when absent or expired; may read {@link #agency}. */
	<T> T get(String key, Function<String, T> load) {
		return getOrLoad(entries, key, load);
	}

	/** A cached agency row or subtree. */
	<T> T agency(String key, Function<String, T> load) {
		return getOrLoad(agencies, key, load);
	}

	/**
	 * Loaded by the caller's own thread, outside the map: not {@code Cache.get(key, load)}, which makes every other
	 * thread asking for the key wait while the loader runs. Those waiters may hold the pool's connections (a
	 * transaction that asks for the user's scope) while the loader, rendering a page outside any transaction, waits
	 * for a connection: at 200 sessions of one user that held the pool until Hikari's 3 s time-out whenever the entry
	 * expired (wave 6). A loader may also read the other map, which a compute in progress forbids (a recursive update
	 * when two keys share a bin). Several threads may load the same entry at once; they read the same rows.
	 */
	@SuppressWarnings("unchecked")
	private static <T> T getOrLoad(Cache<String, Object> cache, String key, Function<String, T> load) {
		Object value = cache.getIfPresent(key);
		if (value == null) {
			value = load.apply(key);
			cache.put(key, value);
		}
		return (T) value;
	}

	/** Forgets everything: called by every write to accounts, roles or agencies. */
	void changed() {
		invalidateAll();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					invalidateAll();
				}
			});
		}
	}

	private void invalidateAll() {
		entries.invalidateAll();
		agencies.invalidateAll();
	}
}
