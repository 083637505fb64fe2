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

	/**
	 * The agency rows and subtrees, apart: a user's entry is computed from them, and a Caffeine cache must not be
	 * read again while it computes one of its own entries (the map refuses a recursive update when both keys share
	 * a bin: one request in ten failed under load before they were apart).
	 */
	private final Cache<String, Object> agencies;

	IdentityCache(@Value("${motcua.security.identity-cache-ttl:30s}") Duration ttl) {
		this.entries = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ttl).build();
		this.agencies = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ttl).build();
	}

	/** The cached value for {@code key}, computed by {@code load} when absent or expired; may read {@link #agency}. */
	@SuppressWarnings("unchecked")
	<T> T get(String key, Function<String, T> load) {
		return (T) entries.get(key, load::apply);
	}

	/** A cached agency row or subtree; {@code load} reads the database only, never this cache. */
	@SuppressWarnings("unchecked")
	<T> T agency(String key, Function<String, T> load) {
		return (T) agencies.get(key, load::apply);
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
