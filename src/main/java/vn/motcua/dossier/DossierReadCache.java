package vn.motcua.dossier;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.shared.ReadCache;

/**
 * The figures counted over many dossiers that are kept (the inbox counters of every desk page and list, biểu II.06a):
 * every one of these caches is emptied on this instance as soon as a dossier change commits ({@link ReadCache#committed}),
 * and an entry lives at most its time to live, which is how long another instance on the same database may show a
 * figure from before a change made there (docs/benchmarks.md, wave 4).
 */
@Component
class DossierReadCache {

	private final List<ReadCache<?, ?>> caches = new CopyOnWriteArrayList<>();

	/**
	 * One daemon thread refreshes the figures refreshed ahead, one after the other (a report a minute per agency and
	 * period read); beyond 100 waiting, a refresh is not queued and the next reader of that figure asks again.
	 */
	private final ThreadPoolExecutor refresher = new ThreadPoolExecutor(1, 1, 1, TimeUnit.MINUTES,
			new ArrayBlockingQueue<>(100), runnable -> {
				Thread thread = new Thread(runnable, "motcua-refresh-ahead");
				thread.setDaemon(true);
				return thread;
			});

	/** A new cache, emptied with the others on every dossier change; {@code ttl} zero keeps nothing. */
	<K, V> ReadCache<K, V> create(Duration ttl, long maximumSize) {
		return add(new ReadCache<>(ttl, maximumSize));
	}

	/**
	 * A new cache whose entries are refreshed ahead for {@code refreshAhead} after their {@code ttl}
	 * ({@link ReadCache}): for figures that take a second to count.
	 */
	<K, V> ReadCache<K, V> createRefreshedAhead(Duration ttl, Duration refreshAhead, long maximumSize) {
		return add(new ReadCache<>(ttl, refreshAhead, maximumSize, refresher));
	}

	private <K, V> ReadCache<K, V> add(ReadCache<K, V> cache) {
		caches.add(cache);
		return cache;
	}

	@PreDestroy
	void stop() {
		refresher.shutdownNow();
	}

	/** A dossier changed: every kept figure is counted again once its transaction has committed. */
	@EventListener
	void dossierChanged(DossierTransitioned changed) {
		ReadCache.committed(caches);
	}

	/** Empties every cache (also after the stored timeliness rows were rebuilt). */
	void clear() {
		caches.forEach(ReadCache::clear);
	}
}
