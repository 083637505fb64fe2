package vn.motcua.journeys;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.dossier.DossierCommands.ApplicantData;
import vn.motcua.dossier.DossierCommands.ComponentData;
import vn.motcua.dossier.DossierCommands.IntakeCommand;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.exchange.ExchangeManagement;
import vn.motcua.shared.SystemTask;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Liên thông in the browser (issue #17, demo): the desk forwards a passport dossier to the Cục Lãnh sự, which the demo
 * reaches through the loopback peer; the Cục Lãnh sự's officer opens the linked dossier and completes it; the desk sees
 * the dossier back as completed with the other leg's timeline; the administrator sees the own public key, the peer and
 * the message log, and checks the chain.
 */
@JourneyTest
class ExchangeJourneyTests extends BrowserJourney {

	@Autowired
	DossierManagement dossiers;

	@Autowired
	ExchangeManagement exchange;

	@Test
	void theDeskForwardsToTheCucLanhSuAndTheResultComesBack() throws Exception {
		String name = "Phan Văn Liên " + UUID.randomUUID().toString().substring(0, 5);
		String code = passportDossier(name, "038090009876");

		as("motcua");
		open("/ho-so/" + code);
		step("ho-so-tinh");
		section().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Chuyển liên thông").setExact(true)).click();
		page.getByLabel("Mã cơ quan nhận hồ sơ liên thông").fill("BNG-CLS");
		assertAccessible();
		step("chuyen-lien-thong");
		page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Chuyển liên thông").setExact(true)).click();
		page.waitForLoadState();
		assertThat(text()).contains("Đang xử lý liên thông");
		String linked = awaitOtherCode(code);
		open("/ho-so/" + code);
		page.locator("#leg-title").waitFor();
		assertThat(text()).contains("Chặng liên thông", "BNG-CLS", linked);
		step("da-chuyen-cuc-lanh-su");

		as("cuclanhsu");
		open("/ho-so/" + linked);
		page.locator("#leg-title").waitFor();
		assertThat(text()).contains(name, "Hồ sơ liên thông từ", code);
		assertAccessible();
		step("cuc-lanh-su-nhan");
		section().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hoàn thành").setExact(true)).click();
		page.onceDialog(dialog -> dialog.accept());
		page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hoàn thành").setExact(true)).click();
		page.waitForLoadState();
		assertThat(text()).contains("Đã xử lý xong");
		step("cuc-lanh-su-hoan-thanh");

		as("motcua");
		long end = System.nanoTime() + 60_000_000_000L;
		do {
			open("/ho-so/" + code);
			page.locator("#leg-title").waitFor();
		}
		while (!text().contains("Đã xử lý xong") && System.nanoTime() < end);
		assertThat(text()).contains("Đã xử lý xong", "Hoàn thành", linked);
		assertAccessible();
		step("ket-qua-ve-tinh");

		as("admin");
		open("/quan-tri/lien-thong");
		assertThat(text()).contains("Hệ thống này", "Cục Lãnh sự (mô phỏng trong cùng hệ thống)", "Nhật ký thông điệp", code);
		assertAccessible();
		step("quan-tri-lien-thong");
		page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Kiểm tra toàn vẹn")).click();
		page.waitForLoadState();
		assertThat(text()).contains("Chuỗi nhật ký thông điệp toàn vẹn");
		step("kiem-tra-nhat-ky");
	}

	/**
	 * Postal leg: the desk forwards with the papers by post (tracking number, day posted); the Cục Lãnh sự's linked
	 * dossier waits for the papers; its desk records "Đã nhận hồ sơ giấy qua bưu chính" with the day; the province's leg
	 * panel shows posted on and received on.
	 */
	@Test
	void theDeskForwardsByPostAndTheCucLanhSuRecordsThePapersReceived() throws Exception {
		String name = "Đỗ Thị Bưu Điện " + UUID.randomUUID().toString().substring(0, 5);
		String code = passportDossier(name, "038090004321");
		String today = java.time.LocalDate.now(vn.motcua.shared.VietnamTime.ZONE).toString();
		String shown = java.time.LocalDate.parse(today).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));

		as("motcua");
		open("/ho-so/" + code);
		section().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Chuyển liên thông").setExact(true)).click();
		page.getByLabel("Mã cơ quan nhận hồ sơ liên thông").fill("BNG-CLS");
		page.getByLabel("Số vận đơn").fill("Số 12");
		page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Chuyển liên thông").setExact(true)).click();
		page.waitForLoadState();
		assertThat(text()).contains("Số vận đơn gồm 1–50 ký tự in được");
		step("buu-gui-sai");
		page.getByLabel("Số vận đơn").fill("RR555666777VN");
		page.getByLabel("Ngày gửi").fill(today);
		assertAccessible();
		step("chuyen-qua-buu-chinh");
		page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Chuyển liên thông").setExact(true)).click();
		page.waitForLoadState();
		assertThat(text()).contains("Đang xử lý liên thông",
				"Hồ sơ giấy gửi qua bưu chính, số vận đơn RR555666777VN, gửi ngày " + shown);
		String linked = awaitOtherCode(code);

		as("cuclanhsu");
		open("/ho-so/" + linked);
		page.locator("#leg-title").waitFor();
		assertThat(text()).contains("Chờ hồ sơ giấy qua bưu chính", "RR555666777VN",
				"chưa nhận hồ sơ giấy: thời hạn chặng này tính từ ngày nhận hồ sơ giấy");
		assertAccessible();
		step("cuc-lanh-su-cho-ho-so-giay");
		section().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Đã nhận hồ sơ giấy qua bưu chính").setExact(true)).click();
		page.getByLabel("Ngày nhận hồ sơ giấy").fill(today);
		assertAccessible();
		step("ghi-nhan-ho-so-giay");
		page.onceDialog(dialog -> dialog.accept());
		page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Xác nhận đã nhận hồ sơ giấy qua bưu chính").setExact(true)).click();
		page.waitForLoadState();
		page.locator("#leg-title").waitFor();
		assertThat(text()).contains("Đã tiếp nhận", "Đã nhận hồ sơ giấy qua bưu chính", "nhận ngày " + shown);
		step("cuc-lanh-su-da-nhan");

		as("motcua");
		long end = System.nanoTime() + 60_000_000_000L;
		do {
			open("/ho-so/" + code);
			page.locator("#leg-title").waitFor();
		}
		while (!text().contains("bên nhận đã nhận hồ sơ giấy") && System.nanoTime() < end);
		assertThat(page.locator("#postal-leg").innerText()).contains("RR555666777VN", "gửi ngày " + shown,
				"bên nhận đã nhận hồ sơ giấy ngày " + shown);
		assertThat(text()).contains("Đã nhận hồ sơ giấy qua bưu chính", linked);
		assertAccessible();
		step("tinh-thay-da-nhan");
	}

	/** A passport dossier (2.002352) received complete at the province's desk; its code. */
	private String passportDossier(String name, String idNumber) {
		return SystemTask.call(() -> dossiers.intake(new IntakeCommand("2.002352", "DIRECT",
				new ApplicantData(name, idNumber, "0912000111", null, "Hà Tĩnh", null),
				List.of(new ComponentData("TK", true, 1, List.of(), null, null),
						new ComponentData("QD", true, 1, List.of(), null, null),
						new ComponentData("ANH", true, 2, List.of(), null, null)),
				null, null, null, null))).code();
	}

	private String awaitOtherCode(String code) throws InterruptedException {
		long end = System.nanoTime() + 60_000_000_000L;
		while (System.nanoTime() < end) {
			String other = SystemTask.call(() -> exchange.otherLeg(code).map(l -> l.otherCode()).orElse(null));
			if (other != null) {
				return other;
			}
			Thread.sleep(300);
		}
		throw new AssertionError("the Cục Lãnh sự did not acknowledge " + code);
	}

	/** A fresh browser context signed in as {@code user}; pages of a loaded CI machine get more time. */
	private void as(String user) {
		resize(1280, 900);
		page.setDefaultTimeout(30_000);
		page.setDefaultNavigationTimeout(60_000);
		signIn(user);
	}

	private Locator section() {
		return page.locator("section[aria-labelledby=steps-title]");
	}

	private String text() {
		return page.locator("main").innerText();
	}
}
