package vn.motcua.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.zaxxer.hikari.HikariDataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.MotCuaApplication;
import vn.motcua.MotCuaTest;
import vn.motcua.outbox.Deliverer;
import vn.motcua.outbox.DeliveryResult;
import vn.motcua.outbox.OutboxMessage;
import vn.motcua.outbox.OutboxProperties;
import vn.motcua.outbox.OutboxSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fake national portal receives every status change of a dossier's life exactly once, in order, across a restart:
 * the first instance (this test's application) enqueues the whole life and dies in the middle of the first delivery,
 * after the portal took the message and before the instance recorded it; a new instance started on the same database
 * delivers the rest, sends the interrupted message again when its claim has expired, and the portal keeps it once.
 */
@MotCuaTest
class PortalRestartTests {

	/** What a process dying in the middle of a delivery looks like to the code after it. */
	static final class Crash extends Error {

		Crash() {
			super("the process died here");
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	javax.sql.DataSource dataSource;

	@Autowired
	LockProvider locks;

	@Autowired
	FakePortal fake;

	@Autowired
	JsonMapper json;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void everyChangeReachesTheFakePortalOnceAndInOrderAcrossARestart() throws Exception {
		PortalTestSupport.procedure(mvc);
		// no scheduled sender of any instance runs meanwhile: they all need this lock
		SimpleLock senders = hold("outbox-sender");
		ConfigurableApplicationContext restarted = null;
		try {
			String code = PortalTestSupport.wholeLife(mvc);
			PortalDeliverer portal = new PortalDeliverer(fake, json, jdbc, java.time.Clock.systemUTC());
			Deliverer dyingAfterThePortalAnswered = new Deliverer() {
				@Override
				public String kind() {
					return "PORTAL";
				}

				@Override
				public DeliveryResult deliver(OutboxMessage message) {
					DeliveryResult result = portal.deliver(message);
					if (message.orderingKey().equals(code)) {
						throw new Crash();
					}
					return result;
				}
			};
			OutboxSender first = new OutboxSender(jdbc, transactionManager, Clock.systemUTC(),
					new OutboxProperties(true, Duration.ofSeconds(1), 200, 12, Duration.ofSeconds(1), 2.0,
							Duration.ofMinutes(1), Duration.ZERO, Duration.ofSeconds(2)),
					Map.of("PORTAL", dyingAfterThePortalAnswered), "first-instance");
			assertThatThrownBy(first::sendDue).isInstanceOf(Crash.class);
			assertThat(fake.received(code)).extracting(FakePortal.Receipt::statusCode).containsExactly(2);
			assertThat(jdbc.sql("select state from outbox_message where ordering_key = :c order by seq")
				.param("c", code)
				.query(String.class)
				.list()).containsExactly("IN_FLIGHT", "WAITING", "WAITING", "WAITING", "WAITING");

			long started = System.nanoTime();
			restarted = secondInstance();
			long startup = Duration.ofNanos(System.nanoTime() - started).toMillis();
			Thread.sleep(2100); // the dead instance's claim (lease 2 s) expires
			restarted.getBean(OutboxSender.class).sendDue();

			assertThat(fake.received(code)).extracting(FakePortal.Receipt::statusCode).containsExactly(2, 5, 2, 9, 10);
			assertThat(jdbc.sql("select count(*) from outbox_message where ordering_key = :c and state = 'DELIVERED'")
				.param("c", code)
				.query(Long.class)
				.single()).isEqualTo(5);
			System.out.printf("Restarted instance up in %d ms%n", startup);
		}
		finally {
			senders.unlock();
			if (restarted != null) {
				restarted.close();
			}
		}
	}

	private SimpleLock hold(String name) throws InterruptedException {
		for (int i = 0; i < 300; i++) {
			Optional<SimpleLock> lock = locks
				.lock(new LockConfiguration(Instant.now(), name, Duration.ofMinutes(5), Duration.ZERO));
			if (lock.isPresent()) {
				return lock.get();
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("The scheduled sender kept its lock for 30 s");
	}

	private ConfigurableApplicationContext secondInstance() {
		HikariDataSource hikari = (HikariDataSource) dataSource;
		return new SpringApplicationBuilder(MotCuaApplication.class).properties("server.port=0",
				"spring.datasource.url=" + hikari.getJdbcUrl(), "spring.datasource.username=" + hikari.getUsername(),
				"spring.datasource.password=" + (hikari.getPassword() == null ? "" : hikari.getPassword()),
				"spring.datasource.hikari.maximum-pool-size=3", "motcua.demo-data=false",
				"motcua.data-dir=target/portal-restart", "spring.main.banner-mode=off",
				// the shared test database is ephemeral (fsync off); production refuses that
				"motcua.durability.allow-unsafe=true")
			// default properties yield to application.properties (mode off): the mode must be an argument
			.run("--motcua.portal.mode=fake");
	}
}
