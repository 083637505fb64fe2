package vn.motcua.shared;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way this application keeps rows it read from the database between requests (the signed-in user's agencies,
 * the procedure version in force, the inbox counters, biểu II.06a), on one instance: an entry lives at most its time
 * to live, which is how long another instance on the same database may show a row from before a change made there;
 * a change made here empties the cache after its transaction completes, so that no reader keeps the rows from before
 * the commit, and at once too when the writing transaction reads them back ({@link #changed(Collection)}).
 *
 * @param <K> the key
 * @param <V> the value, never {@code null} (an {@code Optional} for "none")
 */
public final class ReadCache<K, V> {

	private final Cache<K, V> cache;

	/** A cache of at most {@code maximumSize} entries, each kept {@code ttl}; zero keeps nothing. */
	public ReadCache(Duration ttl, long maximumSize) {
		this.cache = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(ttl).build();
	}

	/**
	 * The value for {@code key}, loaded by {@code load} when absent or expired. Loaded by the caller's own thread,
	 * outside the cache: not {@code Cache.get(key, load)}, which makes every other thread asking for the key wait
	 * while the loader runs. Those waiters may hold the pool's connections (a transaction that asks for the user's
	 * scope) while the loader, rendering a page outside any transaction, waits for one: at 200 sessions of one user
	 * that held the pool until Hikari's 3 s time-out whenever the entry expired (wave 6). A loader may also read
	 * another cache, or another key of this one, which a load in progress inside the map forbids (a recursive
	 * update). Several threads may load the same entry at once; they read the same rows.
	 */
	public V get(K key, Function<? super K, ? extends V> load) {
		V value = cache.getIfPresent(key);
		if (value == null) {
			value = load.apply(key);
			cache.put(key, value);
		}
		return value;
	}

	/** Forgets every entry now. */
	public void clear() {
		cache.invalidateAll();
	}

	/** What changed is kept here: {@link #changed(Collection)} of this cache alone. */
	public void changed() {
		changed(List.of(this));
	}

	/**
	 * The rows behind these caches changed in the current transaction (or, outside one, just now), which may read
	 * them back (an agency added, then the tree read): every entry is forgotten now, and again once the transaction
	 * has completed, because a reader in between would load and keep the rows from before the commit.
	 */
	public static void changed(Collection<? extends ReadCache<?, ?>> caches) {
		caches.forEach(ReadCache::clear);
		committed(caches);
	}

	/**
	 * The rows behind these caches changed in the current transaction, which does not read them back (counts over
	 * many dossiers): every entry is forgotten once the transaction has completed, at once outside one. Until then
	 * other requests keep the figures of the last commit, which is what they would read anyway.
	 */
	public static void committed(Collection<? extends ReadCache<?, ?>> caches) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			caches.forEach(ReadCache::clear);
		}
		else {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					caches.forEach(ReadCache::clear);
				}
			});
		}
	}
}
