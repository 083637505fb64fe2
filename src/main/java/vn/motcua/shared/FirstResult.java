package vn.motcua.shared;

import java.util.function.Supplier;

/**
 * API.md: "the same key twice gives the first result, never a second record". A write keyed by {@code externalId}
 * (or an {@code Idempotency-Key}) first looks the key up; two requests with the same key at the same moment both miss
 * it, and the second one's insert then fails on the unique key {@code *_external_uk} once the first commits. This runs
 * such a write again, in a new transaction, which finds the first record and answers with it.
 * <p>
 * Call it from outside the write's transaction (a controller calling a {@code @Transactional} management method), so
 * that each attempt is a transaction of its own and the failed one is rolled back completely (dossier numbers too).
 */
public final class FirstResult {

	/** Attempts in all; a third collision on one key is not a race. */
	static final int ATTEMPTS = 3;

	private FirstResult() {
	}

	/** {@code write}, again when a concurrent write with the same external key committed first. */
	public static <T> T of(Supplier<T> write) {
		for (int attempt = 1;; attempt++) {
			try {
				return write.get();
			}
			catch (RuntimeException ex) {
				if (attempt >= ATTEMPTS || !sameExternalKey(ex)) {
					throw ex;
				}
			}
		}
	}

	/** Whether {@code ex} (or a cause) is a unique violation of an external key ({@code *_external_uk}). */
	static boolean sameExternalKey(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String message = t.getMessage();
			if (message != null && message.contains("_external_uk")) {
				return true;
			}
		}
		return false;
	}
}
