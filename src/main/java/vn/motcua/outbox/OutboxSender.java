package vn.motcua.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Delivers due outbox messages. A scan claims up to {@code batch-size} messages in one short transaction with
 * {@code FOR UPDATE SKIP LOCKED}, so senders of several instances (or threads) on one database never claim one
 * message twice; only the first unfinished message of each (destination, ordering key) is due, so messages of one key
 * go out in order. Each claim carries a token and a lease: the sender records the outcome only if its token still
 * holds, and a message whose sender died is claimed again once its lease has passed. Delivery happens outside any
 * transaction. A passing failure waits for an exponential, jittered delay (Spring's {@link ExponentialBackOff});
 * after {@code max-attempts} attempts, or at once on a permanent failure, the message is dead-lettered.
 * <p>
 * A sender delivers only the destination kinds it has a {@link Deliverer} for, and leaves the others alone.
 */
public class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private static final int MAX_ERROR = 2000;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final OutboxProperties properties;

	private final Map<String, Deliverer> deliverers;

	private final String name;

	/**
	 * @param deliverers the deliverer of each destination kind this sender handles
	 * @param name who claims (host and process), shown while a message is in flight
	 */
	public OutboxSender(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock,
			OutboxProperties properties, Map<String, Deliverer> deliverers, String name) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.properties = properties;
		this.deliverers = Map.copyOf(deliverers);
		this.name = name;
	}

	/**
	 * Sends what is due until nothing more is: each round claims the next message of every key, so a key with many
	 * messages advances one message per round. Answers how many attempts were made.
	 */
	public int sendDue() {
		if (deliverers.isEmpty()) {
			return 0;
		}
		int attempts = 0;
		for (int round = 0; round < 10_000; round++) {
			List<Claim> batch = claim();
			if (batch.isEmpty()) {
				break;
			}
			int delivered = 0;
			for (Claim claim : batch) {
				if (deliver(claim)) {
					delivered++;
				}
			}
			attempts += batch.size();
			if (delivered == 0) {
				break;
			}
		}
		return attempts;
	}

	/** The delay before attempt {@code attempt + 1}, after {@code attempt} failed attempts (1 or more). */
	Duration backoff(int attempt) {
		ExponentialBackOff policy = new ExponentialBackOff(properties.initialBackoff().toMillis(),
				properties.multiplier());
		policy.setMaxInterval(properties.maxBackoff().toMillis());
		policy.setJitter(properties.jitter().toMillis());
		BackOffExecution execution = policy.start();
		long delay = 0;
		for (int i = 0; i < attempt; i++) {
			delay = execution.nextBackOff();
		}
		return Duration.ofMillis(Math.max(0, delay));
	}

	private record Claim(OutboxMessage message, UUID token) {
	}

	private List<Claim> claim() {
		OffsetDateTime now = now();
		UUID token = UUID.randomUUID();
		List<OutboxMessage> messages = transactions.execute(status -> jdbc.sql("""
				with due as (
				    select m.id from outbox_message m
				    where m.kind in (:kinds)
				      and ((m.state in ('WAITING', 'FAILED') and m.next_attempt_at <= :now)
				           or (m.state = 'IN_FLIGHT' and m.lease_until < :now))
				      and not exists (select 1 from outbox_message p
				                      where p.destination = m.destination and p.ordering_key = m.ordering_key
				                        and p.seq < m.seq and p.state in ('WAITING', 'IN_FLIGHT', 'FAILED'))
				    order by m.next_attempt_at, m.seq
				    limit :limit
				    for update of m skip locked)
				update outbox_message o
				set state = 'IN_FLIGHT', claim_token = :token, claimed_by = :name, lease_until = :leaseUntil,
				    attempts = o.attempts + 1, updated_at = :now
				from due where o.id = due.id
				returning o.id, o.destination, o.ordering_key, o.seq, o.agency_id, o.content_type, o.payload,
				    o.attempts, o.created_at""")
			.param("kinds", List.copyOf(deliverers.keySet()))
			.param("now", now)
			.param("limit", properties.batchSize())
			.param("token", token)
			.param("name", name)
			.param("leaseUntil", now.plus(properties.lease()))
			.query((rs, i) -> new OutboxMessage(rs.getObject("id", UUID.class),
					Destination.parse(rs.getString("destination")), rs.getString("ordering_key"), rs.getLong("seq"),
					rs.getObject("agency_id", UUID.class), rs.getString("content_type"), rs.getBytes("payload"),
					rs.getInt("attempts"), rs.getObject("created_at", OffsetDateTime.class)))
			.list());
		List<Claim> claims = new ArrayList<>();
		for (OutboxMessage message : messages == null ? List.<OutboxMessage>of() : messages) {
			claims.add(new Claim(message, token));
		}
		claims.sort((a, b) -> a.message().createdAt().compareTo(b.message().createdAt()));
		return claims;
	}

	/** Delivers one claimed message and records the outcome; answers whether it was delivered. */
	private boolean deliver(Claim claim) {
		OutboxMessage message = claim.message();
		DeliveryResult result;
		try {
			result = deliverers.get(message.destination().kind()).deliver(message);
		}
		catch (RuntimeException e) {
			result = DeliveryResult.retryLater(e.getClass().getSimpleName() + ": " + e.getMessage());
		}
		OffsetDateTime now = now();
		int recorded;
		if (result instanceof DeliveryResult.RetryLater r) {
			recorded = message.attempt() >= properties.maxAttempts() ? fail(claim, "DEAD", now, r.error())
					: fail(claim, "FAILED", now.plus(backoff(message.attempt())), r.error());
		}
		else if (result instanceof DeliveryResult.PermanentFailure p) {
			recorded = fail(claim, "DEAD", now, p.error());
		}
		else {
			recorded = jdbc.sql("""
					update outbox_message set state = 'DELIVERED', delivered_at = :now, updated_at = :now,
					    claim_token = null, lease_until = null
					where id = :id and claim_token = :token and state = 'IN_FLIGHT'""")
				.param("id", message.id())
				.param("token", claim.token())
				.param("now", now)
				.update();
		}
		if (recorded == 0) {
			log.warn("Outbox message {} was claimed again or changed while {} delivered it; outcome {} not recorded",
					message.id(), name, result);
		}
		return result instanceof DeliveryResult.Delivered;
	}

	private int fail(Claim claim, String state, OffsetDateTime next, String error) {
		return jdbc.sql("""
				update outbox_message set state = :state, last_error = :error, next_attempt_at = :next,
				    updated_at = :now, claim_token = null, lease_until = null
				where id = :id and claim_token = :token and state = 'IN_FLIGHT'""")
			.param("state", state)
			.param("error", error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error)
			.param("next", next)
			.param("now", now())
			.param("id", claim.message().id())
			.param("token", claim.token())
			.update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
