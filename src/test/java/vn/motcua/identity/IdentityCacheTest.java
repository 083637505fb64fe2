package vn.motcua.identity;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's entry is computed from agency entries (SecurityActor reads the agency and its subtree while its own entry
 * loads): that must never be a recursive update of one Caffeine map, which fails only when the two keys share a bin
 * (one API write in ten under load, wave 6). Thousands of nested loads make a shared bin certain.
 */
class IdentityCacheTest {

	@Test
	void aUsersEntryMayReadAgencyEntriesWhileItLoads() {
		IdentityCache cache = new IdentityCache(Duration.ofMinutes(1));
		for (int i = 0; i < 5_000; i++) {
			int n = i;
			String name = cache.get("scope:user" + n,
					key -> cache.reference("agency:" + n, k -> "Đơn vị " + n) + " / " + cache.reference("subtree:" + n, k -> n));
			assertThat(name).isEqualTo("Đơn vị " + n + " / " + n);
		}
	}

	/**
	 * A request asking for a user's scope while another request loads it does not wait for that load: the waiter may
	 * hold a database connection the loader needs (200 sessions of one user held the pool for Hikari's 3 s).
	 */
	@Test
	void noRequestWaitsForAnotherRequestsLoad() throws Exception {
		IdentityCache cache = new IdentityCache(Duration.ofMinutes(1));
		java.util.concurrent.CountDownLatch loading = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		Thread slow = new Thread(() -> cache.get("scope:motcua", key -> {
			loading.countDown();
			try {
				release.await(); // a connection it waits for, held by the request below
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return "chậm";
		}));
		slow.start();
		loading.await();
		String value = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> cache.<String>get("scope:motcua", key -> "nhanh"));
		assertThat(value).isEqualTo("nhanh");
		release.countDown();
		slow.join();
	}

	@Test
	void aChangeEmptiesTheAgencyEntriesToo() {
		IdentityCache cache = new IdentityCache(Duration.ofMinutes(1));
		AtomicInteger loads = new AtomicInteger();
		cache.reference("agency:1", k -> loads.incrementAndGet());
		cache.reference("agency:1", k -> loads.incrementAndGet());
		assertThat(loads).hasValue(1);
		cache.changed();
		cache.reference("agency:1", k -> loads.incrementAndGet());
		assertThat(loads).hasValue(2);
	}

}
