package vn.motcua.identity;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.shared.ReadCache;

/**
 * What every request of a signed-in user needs from the identity tables (home agency, its name, the agencies it
 * sees), kept per username so that a page does not read them again. Any change to an account or to the agency tree
 * empties it ({@link ReadCache#changed}); other instances see the change within
 * {@code motcua.security.identity-cache-ttl} (default 30 s).
 */
@Component
class IdentityCache {

	private final ReadCache<String, Object> entries;

	/** The reference rows (agencies, their subtrees, fields), apart from the users' entries computed from them. */
	private final ReadCache<String, Object> references;

	IdentityCache(@Value("${motcua.security.identity-cache-ttl:30s}") Duration ttl) {
		this.entries = new ReadCache<>(ttl, 10_000);
		this.references = new ReadCache<>(ttl, 10_000);
	}

	/** The cached value for {@code key}, computed by {@code load} when absent or expired; may read {@link #reference}. */
	@SuppressWarnings("unchecked")
	<T> T get(String key, Function<String, T> load) {
		return (T) entries.get(key, load);
	}

	/** A cached reference row or list: an agency, its subtree, all agencies, all fields. */
	@SuppressWarnings("unchecked")
	<T> T reference(String key, Function<String, T> load) {
		return (T) references.get(key, load);
	}

	/** Forgets everything: called by every write to accounts, roles, agencies or fields. */
	void changed() {
		ReadCache.changed(List.of(entries, references));
	}
}
