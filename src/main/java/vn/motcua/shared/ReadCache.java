package vn.motcua.shared;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way this application keeps rows it read from the database between requests (the signed-in user's agencies,
 * the procedure version in force, the inbox counters, biểu II.06a), on one instance: an entry lives at most its time
 * to live, which is how long another instance on the same database may show a row from before a change made there;
 * a change made here empties the cache after its transaction completes, so that no reader keeps the rows from before
 * the commit, and at once too when the writing transaction reads them back ({@link #changed(Collection)}). A value
 * loaded while a change was being made here is not kept.
 * <p>
 * An expensive figure (biểu II.06a, a second of the database over a million dossiers) can be refreshed ahead: for a
 * window after its time to live, the last value is still answered while one background task loads the new one, so
 * that neither the reader who comes after the expiry nor the fifty who come with him compute it (a thundering herd).
 * Past the window, or after a change, it is loaded on the reader's thread as any other. Another instance may then
 * show a figure from before a change for the time to live and the window.
 *
 * @param <K> the key
 * @param <V> the value, never {@code null} (an {@code Optional} for "none")
 */
public final class ReadCache<K, V> {

	private static final Logger log = LoggerFactory.getLogger(ReadCache.class);

	/** A value and when its load started (the {@link Ticker}'s nanoseconds). */
	private record Stamped<V>(V value, long loadedAt) {
	}

	private final Cache<K, Stamped<V>> cache;

	private final Ticker ticker;

	private final long ttlNanos;

	/** Runs the refreshes ahead; {@code null} when there are none. */
	private final @Nullable Executor refresher;

	/** The keys being refreshed ahead now: one refresh per key at a time. */
	private final Set<K> refreshing = ConcurrentHashMap.newKeySet();

	/** Counts {@link #clear()}s: a value whose load began before one is not kept. */
	private final AtomicLong generation = new AtomicLong();

	/** A cache of at most {@code maximumSize} entries, each kept {@code ttl}; zero keeps nothing. */
	public ReadCache(Duration ttl, long maximumSize) {
		this(ttl, Duration.ZERO, maximumSize, null, Ticker.systemTicker());
	}

	/**
	 * A cache whose entries are refreshed ahead: for {@code refreshAhead} after its {@code ttl}, an entry is still
	 * answered while {@code refresher} loads its new value (one task per key); a zero {@code ttl} keeps nothing.
	 */
	public ReadCache(Duration ttl, Duration refreshAhead, long maximumSize, Executor refresher) {
		this(ttl, refreshAhead, maximumSize, refresher, Ticker.systemTicker());
	}

	ReadCache(Duration ttl, Duration refreshAhead, long maximumSize, @Nullable Executor refresher, Ticker ticker) {
		boolean ahead = refresher != null && !ttl.isZero() && !refreshAhead.isZero();
		this.ticker = ticker;
		this.ttlNanos = ttl.toNanos();
		this.refresher = ahead ? refresher : null;
		this.cache = Caffeine.newBuilder()
			.maximumSize(maximumSize)
			.expireAfterWrite(ahead ? ttl.plus(refreshAhead) : ttl)
			.ticker(ticker)
			.build();
	}

	/**
	 * The value for {@code key}, loaded by {@code load} when absent or expired. Loaded by the caller's own thread,
	 * outside the cache: not {@code Cache.get(key, load)}, which makes every other thread asking for the key wait
	 * while the loader runs. Those waiters may hold the pool's connections (a transaction that asks for the user's
	 * scope) while the loader, rendering a page outside any transaction, waits for one: at 200 sessions of one user
	 * that held the pool until Hikari's 3 s time-out whenever the entry expired (wave 6). A loader may also read
	 * another cache, or another key of this one, which a load in progress inside the map forbids (a recursive
	 * update). Several threads may load the same entry at once; they read the same rows. In a cache refreshed
	 * ahead, an entry past its time to live is answered as it is and {@code load} runs on the refresher, so it must
	 * not depend on the caller's thread (its signed-in user, its transaction).
	 */
	public V get(K key, Function<? super K, ? extends V> load) {
		Stamped<V> entry = cache.getIfPresent(key);
		if (entry != null) {
			if (refresher != null && ticker.read() - entry.loadedAt() >= ttlNanos && refreshing.add(key)) {
				refreshAhead(refresher, key, load);
			}
			return entry.value();
		}
		long started = ticker.read();
		long before = generation.get();
		V value = load.apply(key);
		keep(key, value, started, before);
		return value;
	}

	private void refreshAhead(Executor executor, K key, Function<? super K, ? extends V> load) {
		long before = generation.get();
		try {
			executor.execute(() -> {
				try {
					long started = ticker.read();
					keep(key, load.apply(key), started, before);
				}
				catch (RuntimeException ex) {
					log.warn("Làm mới trước số liệu {} không thành công; số liệu sẽ được tính lại khi hết hạn: {}", key,
							ex.toString());
				}
				finally {
					refreshing.remove(key);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			refreshing.remove(key);
		}
	}

	/**
	 * Keeps a loaded value unless the cache was cleared since its load began: it would be the rows from before a
	 * change. {@link #clear()} counts before it empties, so a clear between the check and the put is seen after it.
	 */
	private void keep(K key, V value, long started, long before) {
		if (generation.get() != before) {
			return;
		}
		cache.put(key, new Stamped<>(value, started));
		if (generation.get() != before) {
			cache.invalidate(key);
		}
	}

	/** Forgets every entry now. */
	public void clear() {
		generation.incrementAndGet();
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
