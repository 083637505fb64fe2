package vn.motcua.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.MotCuaTest;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.SystemTask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox on the test database: order per key, backoff then dead letter, cancel and retry, claims that expire,
 * and two senders that never deliver one message twice. Each test uses its own destination kind and its own
 * {@link OutboxSender}, which the application's scheduled sender (without a deliverer for that kind) leaves alone.
 */
@MotCuaTest
class OutboxTests {

	@Autowired
	OutboxManagement outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	static final class MovableClock extends Clock {

		// a second ahead of the application's clock, which stamps the messages when they are enqueued
		private volatile Instant now = Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	static OutboxProperties properties(int maxAttempts, Duration initial, Duration lease) {
		return new OutboxProperties(true, Duration.ofSeconds(1), 50, maxAttempts, initial, 2.0, Duration.ofMinutes(10),
				Duration.ZERO, lease);
	}

	static String newKind() {
		return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', 'X');
	}

	OutboxSender sender(String kind, Clock clock, OutboxProperties properties, Function<OutboxMessage, DeliveryResult> answer) {
		Deliverer deliverer = new Deliverer() {
			@Override
			public String kind() {
				return kind;
			}

			@Override
			public DeliveryResult deliver(OutboxMessage message) {
				return answer.apply(message);
			}
		};
		return new OutboxSender(jdbc, transactionManager, clock, properties, Map.of(kind, deliverer), "test-" + kind);
	}

	UUID enqueue(String kind, String key, String text) {
		return new TransactionTemplate(transactionManager).execute(
				s -> outbox.enqueue(OutgoingMessage.json(Destination.of(kind), key, null, text, "\"" + text + "\"")));
	}

	MessageState state(UUID id) {
		return MessageState.valueOf(
				jdbc.sql("select state from outbox_message where id = :id").param("id", id).query(String.class).single());
	}

	@Test
	void enqueueNeedsTheCallersTransaction() {
		assertThatThrownBy(() -> outbox.enqueue(OutgoingMessage.json(Destination.of(newKind()), "K", null, null, "{}")))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void aRolledBackTransactionLeavesNoMessage() {
		String kind = newKind();
		new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
			outbox.enqueue(OutgoingMessage.json(Destination.of(kind), "K", null, null, "{}"));
			s.setRollbackOnly();
		});
		assertThat(jdbc.sql("select count(*) from outbox_message where kind = :k").param("k", kind).query(Long.class)
			.single()).isZero();
	}

	@Test
	void messagesOfOneKeyAreDeliveredInTheOrderTheyWereEnqueued() {
		String kind = newKind();
		for (int i = 0; i < 6; i++) {
			enqueue(kind, "A", "A" + i);
			enqueue(kind, "B", "B" + i);
		}
		List<String> received = new ArrayList<>();
		OutboxSender sender = sender(kind, Clock.systemUTC(), properties(5, Duration.ofSeconds(1), Duration.ofMinutes(1)),
				m -> {
					received.add(m.orderingKey() + ":" + m.payloadText());
					return DeliveryResult.delivered();
				});
		assertThat(sender.sendDue()).isEqualTo(12);
		assertThat(received.stream().filter(r -> r.startsWith("A")).toList()).containsExactly("A:\"A0\"", "A:\"A1\"",
				"A:\"A2\"", "A:\"A3\"", "A:\"A4\"", "A:\"A5\"");
		assertThat(received.stream().filter(r -> r.startsWith("B")).toList()).containsExactly("B:\"B0\"", "B:\"B1\"",
				"B:\"B2\"", "B:\"B3\"", "B:\"B4\"", "B:\"B5\"");
		assertThat(sender.sendDue()).isZero();
	}

	@Test
	void aFailingMessageHoldsBackTheLaterMessagesOfItsKeyOnly() {
		String kind = newKind();
		MovableClock clock = new MovableClock();
		UUID first = enqueue(kind, "A", "first");
		UUID second = enqueue(kind, "A", "second");
		UUID other = enqueue(kind, "B", "other");
		AtomicInteger failures = new AtomicInteger(1);
		List<String> received = new CopyOnWriteArrayList<>();
		OutboxSender sender = sender(kind, clock, properties(5, Duration.ofSeconds(10), Duration.ofMinutes(1)), m -> {
			if (m.payloadText().contains("first") && failures.getAndDecrement() > 0) {
				return DeliveryResult.retryLater("HTTP 503");
			}
			received.add(m.payloadText());
			return DeliveryResult.delivered();
		});
		sender.sendDue();
		assertThat(state(first)).isEqualTo(MessageState.FAILED);
		assertThat(state(second)).isEqualTo(MessageState.WAITING);
		assertThat(state(other)).isEqualTo(MessageState.DELIVERED);
		clock.advance(Duration.ofSeconds(10));
		sender.sendDue();
		assertThat(received).containsExactly("\"other\"", "\"first\"", "\"second\"");
	}

	@Test
	void aPassingFailureIsRetriedWithGrowingDelaysThenDeadLettered() {
		String kind = newKind();
		MovableClock clock = new MovableClock();
		UUID id = enqueue(kind, "K", "m");
		AtomicInteger calls = new AtomicInteger();
		OutboxSender sender = sender(kind, clock, properties(3, Duration.ofSeconds(4), Duration.ofMinutes(1)), m -> {
			calls.incrementAndGet();
			return DeliveryResult.retryLater("HTTP 500 từ máy nhận");
		});
		sender.sendDue();
		assertThat(state(id)).isEqualTo(MessageState.FAILED);
		assertThat(nextAttemptIn(id, clock)).isEqualTo(Duration.ofSeconds(4));
		clock.advance(Duration.ofSeconds(3));
		sender.sendDue();
		assertThat(calls).hasValue(1);
		clock.advance(Duration.ofSeconds(1));
		sender.sendDue();
		assertThat(calls).hasValue(2);
		assertThat(nextAttemptIn(id, clock)).isEqualTo(Duration.ofSeconds(8));
		clock.advance(Duration.ofSeconds(8));
		sender.sendDue();
		assertThat(calls).hasValue(3);
		OutboxEntry dead = SystemTask.call(() -> outbox.find(id));
		assertThat(dead.state()).isEqualTo(MessageState.DEAD);
		assertThat(dead.attempts()).isEqualTo(3);
		assertThat(dead.lastError()).isEqualTo("HTTP 500 từ máy nhận");
		clock.advance(Duration.ofHours(1));
		sender.sendDue();
		assertThat(calls).hasValue(3);
	}

	@Test
	void theDelayGrowsExponentiallyUpToTheMaximumWithJitter() {
		OutboxSender sender = new OutboxSender(jdbc, transactionManager, Clock.systemUTC(),
				new OutboxProperties(true, Duration.ofSeconds(1), 50, 20, Duration.ofSeconds(2), 2.0,
						Duration.ofSeconds(60), Duration.ofMillis(500), Duration.ofMinutes(1)),
				Map.of(), "backoff");
		for (int attempt = 1; attempt <= 10; attempt++) {
			long base = Math.min(60_000, 2_000L << (attempt - 1));
			// Spring's jitter grows with the delay; it stays well within half of it
			assertThat(sender.backoff(attempt).toMillis()).as("delay after attempt %d", attempt)
				.isBetween(base / 2, Math.min(base + base / 2, 60_000));
		}
	}

	@Test
	void aPermanentFailureIsDeadLetteredAtOnceAndAnAdministratorCanRetryIt() {
		String kind = newKind();
		UUID id = enqueue(kind, "K", "m");
		AtomicInteger refusals = new AtomicInteger(1);
		OutboxSender sender = sender(kind, Clock.systemUTC(), properties(5, Duration.ofSeconds(1), Duration.ofMinutes(1)),
				m -> refusals.getAndDecrement() > 0 ? DeliveryResult.permanentFailure("HTTP 422: sai mã hồ sơ")
						: DeliveryResult.delivered());
		sender.sendDue();
		assertThat(state(id)).isEqualTo(MessageState.DEAD);
		assertThatThrownBy(() -> SystemTask.call(() -> outbox.cancel(UUID.randomUUID())))
			.isInstanceOf(vn.motcua.shared.NotFoundException.class);
		OutboxEntry again = SystemTask.call(() -> outbox.retry(id));
		assertThat(again.state()).isEqualTo(MessageState.WAITING);
		assertThat(again.attempts()).isZero();
		sender.sendDue();
		assertThat(state(id)).isEqualTo(MessageState.DELIVERED);
		assertThatThrownBy(() -> SystemTask.call(() -> outbox.retry(id))).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> SystemTask.call(() -> outbox.cancel(id))).isInstanceOf(ConflictException.class);
	}

	@Test
	void aCancelledMessageIsNeverSentAndLetsTheNextOneGo() {
		String kind = newKind();
		UUID first = enqueue(kind, "K", "first");
		UUID second = enqueue(kind, "K", "second");
		SystemTask.run(() -> outbox.cancel(first));
		List<String> received = new ArrayList<>();
		OutboxSender sender = sender(kind, Clock.systemUTC(), properties(5, Duration.ofSeconds(1), Duration.ofMinutes(1)),
				m -> {
					received.add(m.payloadText());
					return DeliveryResult.delivered();
				});
		sender.sendDue();
		assertThat(received).containsExactly("\"second\"");
		assertThat(state(first)).isEqualTo(MessageState.CANCELLED);
		assertThat(state(second)).isEqualTo(MessageState.DELIVERED);
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'OutboxMessage' and entity_key = :k "
				+ "and action = 'CANCEL'").param("k", first.toString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aMessageWhoseSenderDiedIsSentAgainWhenItsLeaseHasPassed() {
		String kind = newKind();
		MovableClock clock = new MovableClock();
		UUID id = enqueue(kind, "K", "m");
		// a sender that dies in the middle: it claims the message and never records an answer
		OutboxSender dying = sender(kind, clock, properties(5, Duration.ofSeconds(1), Duration.ofSeconds(30)), m -> {
			throw new ThreadDeath();
		});
		assertThatThrownBy(dying::sendDue).isInstanceOf(ThreadDeath.class);
		assertThat(state(id)).isEqualTo(MessageState.IN_FLIGHT);
		List<UUID> received = new ArrayList<>();
		OutboxSender next = sender(kind, clock, properties(5, Duration.ofSeconds(1), Duration.ofSeconds(30)), m -> {
			received.add(m.id());
			return DeliveryResult.delivered();
		});
		next.sendDue();
		assertThat(received).isEmpty();
		clock.advance(Duration.ofSeconds(31));
		next.sendDue();
		assertThat(received).containsExactly(id);
		assertThat(state(id)).isEqualTo(MessageState.DELIVERED);
	}

	@Test
	void twoSendersOnOneDatabaseNeverDeliverOneMessageTwice() throws Exception {
		String kind = newKind();
		int keys = 40;
		int perKey = 10;
		for (int n = 0; n < perKey; n++) {
			for (int k = 0; k < keys; k++) {
				enqueue(kind, "K" + k, k + "-" + n);
			}
		}
		Map<UUID, Integer> deliveries = new ConcurrentHashMap<>();
		Map<String, List<Integer>> order = new ConcurrentHashMap<>();
		Function<OutboxMessage, DeliveryResult> receiver = m -> {
			deliveries.merge(m.id(), 1, Integer::sum);
			order.computeIfAbsent(m.orderingKey(), x -> Collections.synchronizedList(new ArrayList<>()))
				.add(Integer.parseInt(m.payloadText().replace("\"", "").split("-")[1]));
			return DeliveryResult.delivered();
		};
		OutboxProperties small = new OutboxProperties(true, Duration.ofSeconds(1), 7, 5, Duration.ofSeconds(1), 2.0,
				Duration.ofMinutes(1), Duration.ZERO, Duration.ofMinutes(1));
		OutboxSender one = sender(kind, Clock.systemUTC(), small, receiver);
		OutboxSender two = sender(kind, Clock.systemUTC(), small, receiver);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (OutboxSender s : List.of(one, two, one, two)) {
				runs.add(threads.submit(() -> {
					int total = 0;
					for (int i = 0; i < 50; i++) {
						total += s.sendDue();
					}
					return total;
				}));
			}
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(deliveries).hasSize(keys * perKey);
		assertThat(deliveries.values()).containsOnly(1);
		for (int k = 0; k < keys; k++) {
			assertThat(order.get("K" + k)).as("order of key K%d", k).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
		}
	}

	private Duration nextAttemptIn(UUID id, Clock clock) {
		Instant next = jdbc.sql("select next_attempt_at from outbox_message where id = :id")
			.param("id", id)
			.query(java.time.OffsetDateTime.class)
			.single()
			.toInstant();
		return Duration.between(clock.instant(), next).withNanos(0);
	}
}
