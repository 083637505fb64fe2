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

	IdentityCache(@Value("${motcua.security.identity-cache-ttl:30s}") Duration ttl) {
		this.entries = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ttl).build();
	}

	/** The cached value for {@code key}, computed by {@code load} when absent or expired. */
	@SuppressWarnings("unchecked")
	<T> T get(String key, Function<String, T> load) {
		return (T) entries.get(key, load::apply);
	}

	/** Forgets everything: called by every write to accounts, roles or agencies. */
	void changed() {
		entries.invalidateAll();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					entries.invalidateAll();
				}
			});
		}
	}
}
