package vn.motcua.dossier;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one place where figures counted over many dossiers are kept (the inbox counters of every desk page and list,
 * biểu II.06a): each cache is emptied on this instance as soon as any dossier changes (after its transaction commits,
 * so a reader never keeps a count of the state before), and an entry lives at most its time to live, which is how
 * long another instance on the same database may show a figure from before a change made there
 * (docs/benchmarks.md, wave 4).
 */
@Component
class DossierReadCache {

	private final List<Cache<?, ?>> caches = new CopyOnWriteArrayList<>();

	/** A new cache, emptied with the others on every dossier change; {@code ttl} zero keeps nothing. */
	<K, V> Cache<K, V> create(Duration ttl, long maximumSize) {
		Cache<K, V> cache = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(ttl).build();
		caches.add(cache);
		return cache;
	}

	/** A dossier changed: every kept figure is counted again once its transaction has committed. */
	@EventListener
	void dossierChanged(DossierTransitioned changed) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					clear();
				}
			});
		}
		else {
			clear();
		}
	}

	/** Empties every cache (also after the stored timeliness rows were rebuilt). */
	void clear() {
		caches.forEach(Cache::invalidateAll);
	}
}
