package vn.motcua.outbox;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import vn.motcua.shared.NavigationItem;
import vn.motcua.shared.Roles;

/** The application's outbox sender, fed with every {@link Deliverer} bean, its schedule and its menu entry. */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

	@Bean
	OutboxSender outboxSender(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
			OutboxProperties properties, List<Deliverer> deliverers) {
		Map<String, Deliverer> byKind = new HashMap<>();
		for (Deliverer deliverer : deliverers) {
			Deliverer earlier = byKind.put(deliverer.kind(), deliverer);
			if (earlier != null) {
				throw new IllegalStateException("Two outbox deliverers for destination kind " + deliverer.kind() + ": "
						+ earlier.getClass().getName() + " and " + deliverer.getClass().getName());
			}
		}
		return new OutboxSender(jdbc, transactions, clock, properties, byKind,
				ManagementFactory.getRuntimeMXBean().getName());
	}

	@Bean
	NavigationItem outgoingQueueMenu() {
		return new NavigationItem("Quản trị", "Hàng đợi gửi đi", "/quan-tri/hang-doi", 960,
				List.of(Roles.SYSTEM_ADMIN, Roles.AGENCY_ADMIN));
	}

	/** Runs the sender every {@code motcua.outbox.poll-interval}, on one instance at a time. */
	@Component
	@ConditionalOnProperty(name = "motcua.outbox.enabled", havingValue = "true", matchIfMissing = true)
	static class OutboxSchedule {

		private final OutboxSender sender;

		OutboxSchedule(OutboxSender sender) {
			this.sender = sender;
		}

		@Scheduled(fixedDelayString = "${motcua.outbox.poll-interval:PT1S}", initialDelayString = "PT2S")
		// short: a sender killed with kill -9 never releases the lock, and the others must take over within seconds,
		// not minutes; a batch that outlives it is still safe, claims are row locks with leases (SKIP LOCKED)
		@SchedulerLock(name = "outbox-sender", lockAtMostFor = "PT30S")
		void send() {
			sender.sendDue();
		}
	}
}
