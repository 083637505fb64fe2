package vn.motcua.dossier;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

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

	/** A new cache, emptied with the others on every dossier change; {@code ttl} zero keeps nothing. */
	<K, V> ReadCache<K, V> create(Duration ttl, long maximumSize) {
		ReadCache<K, V> cache = new ReadCache<>(ttl, maximumSize);
		caches.add(cache);
		return cache;
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
