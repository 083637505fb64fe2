package vn.motcua.shared;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for every cache of rows: kept until a change here, forgotten now and again after the commit. */
class ReadCacheTest {

	final AtomicInteger loads = new AtomicInteger();

	@Test
	void anEntryIsLoadedOnceUntilItChanges() {
		ReadCache<String, Integer> cache = new ReadCache<>(Duration.ofMinutes(1), 100);
		assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(1);
		assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(1);
		cache.changed();
		assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(2);
	}

	@Test
	void aZeroTimeToLiveKeepsNothing() {
		ReadCache<String, Integer> cache = new ReadCache<>(Duration.ZERO, 100);
		cache.get("a", k -> loads.incrementAndGet());
		assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(2);
	}

	/**
	 * Inside a transaction a reader between the change and the commit loads the rows from before the commit (it
	 * cannot see the change yet); what it kept is forgotten once the transaction completes.
	 */
	@Test
	void aChangeInATransactionIsForgottenNowAndAgainAfterTheCommit() {
		ReadCache<String, Integer> one = new ReadCache<>(Duration.ofMinutes(1), 100);
		ReadCache<String, Integer> two = new ReadCache<>(Duration.ofMinutes(1), 100);
		one.get("a", k -> loads.incrementAndGet());
		two.get("b", k -> loads.incrementAndGet());
		TransactionSynchronizationManager.initSynchronization();
		try {
			ReadCache.changed(List.of(one, two));
			assertThat(one.get("a", k -> 10)).as("forgotten at once").isEqualTo(10);
			assertThat(two.get("b", k -> 20)).isEqualTo(20);
			for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
				s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED);
			}
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		assertThat(one.get("a", k -> 11)).as("the value read before the commit is gone").isEqualTo(11);
		assertThat(two.get("b", k -> 21)).isEqualTo(21);
	}

	@Test
	void aLoaderMayReadAnotherKeyOfTheSameCache() {
		ReadCache<Integer, Integer> cache = new ReadCache<>(Duration.ofMinutes(1), 10_000);
		for (int i = 1; i < 2_000; i++) {
			int n = i;
			assertThat(cache.get(n, k -> cache.get(-n, j -> n) + 1)).isEqualTo(n + 1);
		}
	}

	/** Counts the writing transaction does not read back: the readers keep the last commit's until it commits. */
	@Test
	void figuresChangedByATransactionAreKeptUntilItCompletes() {
		ReadCache<String, Integer> counts = new ReadCache<>(Duration.ofMinutes(1), 100);
		counts.get("inbox", k -> 7);
		TransactionSynchronizationManager.initSynchronization();
		try {
			ReadCache.committed(List.of(counts));
			assertThat(counts.get("inbox", k -> 8)).isEqualTo(7);
			TransactionSynchronizationManager.getSynchronizations()
				.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		assertThat(counts.get("inbox", k -> 8)).isEqualTo(8);
		ReadCache.committed(List.of(counts));
		assertThat(counts.get("inbox", k -> 9)).as("outside a transaction: at once").isEqualTo(9);
	}
}
