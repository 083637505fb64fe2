package vn.motcua;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.outbox.OutboxSender;

/**
 * Tests that read indicator 1.4 (what the national portal holds) deliver the fake portal's messages first. Calling
 * {@link OutboxSender#sendDue()} is not enough: the scheduled sender may hold some messages in flight at that moment,
 * and deliver them while the test reads, so a figure read twice differs (CI once read 12.89, then 16.89).
 */
public final class PortalDeliveries {

	private PortalDeliveries() {
	}

	/** Waits until no message to the portal is due or in flight, sending what is due meanwhile. */
	public static void deliverAll(OutboxSender sender, JdbcClient jdbc) {
		Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
			sender.sendDue();
			return jdbc.sql("""
					select count(*) from outbox_message where destination = 'PORTAL'
					and (state = 'IN_FLIGHT' or (state in ('WAITING', 'FAILED') and next_attempt_at <= now()))""")
				.query(Long.class)
				.single() == 0;
		});
	}
}
