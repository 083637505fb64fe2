package vn.motcua.shared;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

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

	/** The refresher's queue, run by hand; and the cache's clock, moved by hand. */
	final Queue<Runnable> refreshes = new ArrayDeque<>();

	final AtomicLong now = new AtomicLong();

	ReadCache<String, Integer> refreshedAhead() {
		return new ReadCache<>(Duration.ofSeconds(60), Duration.ofSeconds(30), 100, refreshes::add, now::get);
	}

	void seconds(long s) {
		now.addAndGet(Duration.ofSeconds(s).toNanos());
	}

	@Test
	void pastItsTimeToLiveAFigureIsAnsweredWhileOneTaskRefreshesIt() {
		ReadCache<String, Integer> report = refreshedAhead();
		assertThat(report.get("II.06a", k -> loads.incrementAndGet())).isEqualTo(1);
		seconds(59);
		assertThat(report.get("II.06a", k -> loads.incrementAndGet())).isEqualTo(1);
		assertThat(refreshes).as("fresh: nothing to refresh").isEmpty();
		seconds(2);
		// fifty readers after the expiry: all answered at once with the last figure, one refresh queued
		for (int i = 0; i < 50; i++) {
			assertThat(report.get("II.06a", k -> loads.incrementAndGet())).isEqualTo(1);
		}
		assertThat(refreshes).hasSize(1);
		assertThat(loads).hasValue(1);
		refreshes.poll().run();
		assertThat(report.get("II.06a", k -> loads.incrementAndGet())).isEqualTo(2);
		assertThat(refreshes).as("the refreshed figure is fresh again").isEmpty();
	}

	@Test
	void pastTheWindowAFigureIsLoadedByItsReader() {
		ReadCache<String, Integer> report = refreshedAhead();
		report.get("II.06a", k -> loads.incrementAndGet());
		seconds(91);
		assertThat(report.get("II.06a", k -> loads.incrementAndGet())).isEqualTo(2);
		assertThat(refreshes).isEmpty();
	}

	@Test
	void aRefreshThatBeganBeforeAChangeIsNotKept() {
		ReadCache<String, Integer> report = refreshedAhead();
		report.get("II.06a", k -> loads.incrementAndGet());
		seconds(61);
		report.get("II.06a", k -> loads.incrementAndGet());
		Runnable refresh = refreshes.poll();
		report.changed();
		refresh.run();
		assertThat(report.get("II.06a", k -> 100)).as("counted again after the change, not the refreshed figure")
			.isEqualTo(100);
		// a refresh that failed leaves the last figure until the window ends, and may be tried again
		seconds(61);
		report.get("II.06a", k -> loads.incrementAndGet());
		refreshes.poll().run();
		assertThat(report.get("II.06a", k -> 200)).isEqualTo(loads.get());
		seconds(61);
		report.get("II.06a", k -> {
			throw new IllegalStateException("cơ sở dữ liệu không trả lời");
		});
		refreshes.poll().run();
		assertThat(report.get("II.06a", k -> 300)).isEqualTo(loads.get());
		assertThat(refreshes).as("tried again by the next reader").hasSize(1);
	}

	@Test
	void aLoadThatBeganBeforeAChangeIsNotKept() {
		ReadCache<String, Integer> counts = new ReadCache<>(Duration.ofMinutes(1), 100);
		assertThat(counts.get("inbox", k -> {
			counts.clear(); // a change committed while the counts were read
			return 7;
		})).isEqualTo(7);
		assertThat(counts.get("inbox", k -> 8)).isEqualTo(8);
	}
}
