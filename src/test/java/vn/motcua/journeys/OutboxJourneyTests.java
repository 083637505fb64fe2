package vn.motcua.journeys;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.outbox.Deliverer;
import vn.motcua.outbox.DeliveryResult;
import vn.motcua.outbox.Destination;
import vn.motcua.outbox.OutboxManagement;
import vn.motcua.outbox.OutboxMessage;
import vn.motcua.outbox.OutboxProperties;
import vn.motcua.outbox.OutboxSender;
import vn.motcua.outbox.OutgoingMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agency administrator opens the outbox page, finds a message the receiver refused (with its error), sends it
 * again and sees it delivered; cancels another after confirming; and reads a dossier's national-portal sync line.
 */
@JourneyTest
class OutboxJourneyTests extends BrowserJourney {

	@Autowired
	OutboxManagement outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void theAdministratorSeesAFailedMessageRetriesItAndCancelsAnother() {
		String kind = "TJOURNEY" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
		String key = "HT-" + UUID.randomUUID().toString().substring(0, 8);
		UUID agency = jdbc.sql("select id from agency where code = 'SNV-HT'").query(UUID.class).single();
		TransactionTemplate tx = new TransactionTemplate(transactionManager);
		tx.executeWithoutResult(s -> {
			outbox.enqueue(OutgoingMessage.json(Destination.of(kind), key + "-A", agency, "Mã 2 · Được tiếp nhận", "{}"));
			outbox.enqueue(OutgoingMessage.json(Destination.of(kind), key + "-B", agency, "Mã 4 · Đang xử lý", "{}"));
		});
		AtomicBoolean receiverUp = new AtomicBoolean(false);
		Deliverer receiver = Deliverer.of(kind, message -> {
			return receiverUp.get() ? DeliveryResult.delivered()
					: DeliveryResult.retryLater("HTTP 503: Cổng đang bảo trì");
		});
		OutboxSender sender = new OutboxSender(jdbc, transactionManager, Clock.systemUTC(),
				new OutboxProperties(true, Duration.ofSeconds(1), 10, 1, Duration.ofSeconds(1), 2.0,
						Duration.ofMinutes(1), Duration.ZERO, Duration.ofMinutes(1)),
				Map.of(kind, receiver), "journey");
		sender.sendDue();

		signIn("quantri");
		open("/");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hàng đợi gửi đi")).first().click();
		page.waitForLoadState();
		page.getByPlaceholder("Mã hồ sơ").fill(key);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lọc")).click();
		page.waitForLoadState();
		step("tin-loi");
		assertAccessible();
		String row = page.locator("tr", new Page.LocatorOptions().setHasText(key + "-A")).first().innerText();
		assertThat(row).contains("Hỏng hẳn").contains("HTTP 503: Cổng đang bảo trì").contains("Mã 2 · Được tiếp nhận");

		receiverUp.set(true);
		page.locator("tr", new Page.LocatorOptions().setHasText(key + "-A"))
			.first()
			.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Gửi lại"))
			.click();
		page.waitForLoadState();
		step("da-gui-lai");
		assertThat(page.locator("[role=status]").first().innerText()).contains("Đã đưa tin trở lại hàng đợi");
		sender.sendDue();
		open("/quan-tri/hang-doi?q=" + key);
		step("da-gui");
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(key + "-A")).first().innerText())
			.contains("Đã gửi");

		page.onceDialog(dialog -> dialog.accept());
		page.locator("tr", new Page.LocatorOptions().setHasText(key + "-B"))
			.first()
			.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Hủy"))
			.click();
		page.waitForLoadState();
		step("da-huy");
		assertThat(page.locator("[role=status]").first().innerText()).contains("Đã hủy tin");
		assertThat(jdbc.sql("select state from outbox_message where ordering_key = :k").param("k", key + "-B")
			.query(String.class)
			.single()).isEqualTo("CANCELLED");

		String dossier = jdbc.sql("select d.code from dossier d join agency a on a.id = d.agency_id "
				+ "where a.code = 'SNV-HT' order by d.code limit 1").query(String.class).single();
		open("/ho-so/" + dossier);
		page.locator("#portal-sync").waitFor();
		step("dong-bo-ho-so");
		assertThat(page.locator("#portal-sync").innerText()).contains("Đồng bộ Cổng DVC quốc gia");
	}
}
