package vn.motcua.journeys;

import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.dossier.DossierCommands;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.shared.SystemTask;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Digitisation at the desk (Decree 107/2021, Đề án 468): a paper scanned at intake and another one marked scanned
 * on the dossier page; a second dossier of the same applicant (same ID number) reuses a paper picked from the list of
 * the first one's digitised papers; once completed, its result is recorded as an electronic (e-signed) result, and a
 * later scan is added ("số hóa bổ sung").
 */
@JourneyTest
class DigitisationJourneyTests extends BrowserJourney {

	private static final String PROCEDURE = "2.002352";

	private static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	@Autowired
	DossierManagement management;

	@Test
	void theDeskDigitisesReusesAndRecordsAnElectronicResult() {
		signIn("motcua");
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String idNumber = "0421" + String.format("%08d", Math.abs(suffix.hashCode()) % 100_000_000);
		String first = intake("Nguyễn Thị Số Hóa " + suffix, idNumber, true);
		step("ho-so-thu-nhat");
		assertThat(paperRow("Tờ khai đề nghị cấp hộ chiếu").innerText()).contains("Đã số hóa");
		assertThat(paperRow("Ảnh 4x6 cm").innerText()).contains("Chưa số hóa");
		choosePaper("Ảnh 4x6 cm");
		page.locator("#scan").setInputFiles(new FilePayload("anh-4x6.png", "image/png", PNG));
		button("Số hóa").click();
		page.waitForLoadState();
		step("da-so-hoa-anh");
		assertThat(paperRow("Ảnh 4x6 cm").innerText()).contains("Đã số hóa");
		assertAccessible();

		String second = intake("Nguyễn Thị Số Hóa " + suffix, idNumber, false);
		step("ho-so-thu-hai-danh-sach-tai-su-dung");
		Locator reusable = page.locator("#reusable-papers tbody tr").filter(new Locator.FilterOptions().setHasText(first));
		assertThat(reusable.count()).as("the first dossier's digitised papers are offered").isGreaterThanOrEqualTo(2);
		assertAccessible();
		Locator photo = reusable.filter(new Locator.FilterOptions()
			.setHas(page.locator("td:first-child", new Page.LocatorOptions().setHasText("Ảnh 4x6 cm"))));
		photo.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tái sử dụng")).click();
		page.waitForLoadState();
		step("da-tai-su-dung");
		assertThat(page.locator("main").innerText()).contains("Đã tái sử dụng giấy tờ đã số hóa của hồ sơ " + first);
		assertThat(paperRow("Ảnh 4x6 cm").innerText()).contains("Tái sử dụng");

		SystemTask.run(() -> management.act(second, new DossierCommands.ActionCommand("COMPLETE", null, null, null,
				null, null, null, null)));
		page.reload();
		page.locator("#result-title").waitFor();
		step("co-ket-qua");
		assertThat(page.locator("h3", new Page.LocatorOptions().setHasText("Số hóa bổ sung")).count()).isEqualTo(1);
		page.getByLabel("Kết quả điện tử (tệp ký số)").check();
		page.locator("#resultFile").setInputFiles(new FilePayload("ket-qua.png", "image/png", PNG));
		button("Lưu kết quả số hóa").click();
		page.waitForLoadState();
		step("ket-qua-dien-tu");
		assertThat(page.locator("#result-form").innerText()).isEqualTo("Kết quả điện tử (tệp ký số)");
		assertAccessible();

		choosePaper("Văn bản cử đi công tác");
		page.locator("#scan").setInputFiles(new FilePayload("cu-di-cong-tac.png", "image/png", PNG));
		button("Số hóa bổ sung").click();
		page.waitForLoadState();
		step("so-hoa-bo-sung");
		assertThat(paperRow("Văn bản cử đi công tác").innerText()).contains("Đã số hóa");
	}

	/** Receives a dossier at the desk with every paper; scans the application form when {@code scan}. */
	private String intake(String name, String idNumber, boolean scan) {
		open("/ho-so/tiep-nhan?procedureCode=" + PROCEDURE);
		page.locator("#papers table").waitFor();
		page.getByLabel("Họ và tên").fill(name);
		page.getByLabel("Số CCCD / hộ chiếu").fill(idNumber);
		page.getByLabel("Điện thoại").fill("0987654321");
		for (String paper : new String[] { "Tờ khai đề nghị cấp hộ chiếu", "Văn bản cử đi công tác", "Ảnh 4x6 cm" }) {
			page.locator("#papers tr", new Page.LocatorOptions().setHasText(paper))
				.locator("input[type=checkbox][name$='.present']")
				.check();
		}
		if (scan) {
			page.locator("input[type=file][name='papers[0].scan']")
				.setInputFiles(new FilePayload("to-khai.png", "image/png", PNG));
		}
		button("Tiếp nhận, hẹn trả (Mẫu 01)").click();
		page.waitForURL(Pattern.compile(".*/ho-so/[^/]+-\\d{6}-\\d{4}$"));
		page.waitForLoadState();
		return page.url().substring(page.url().lastIndexOf('/') + 1);
	}

	/** Chooses, in the digitisation form, the paper whose name starts with {@code name}. */
	private void choosePaper(String name) {
		String value = page.locator("#paperCode option").filter(new Locator.FilterOptions().setHasText(name))
			.first().getAttribute("value");
		page.locator("#paperCode").selectOption(value);
	}

	private Locator paperRow(String name) {
		return page.locator("section[aria-labelledby=papers-title] table").first().locator("tbody tr")
			.filter(new Locator.FilterOptions().setHasText(name));
	}

	private Locator button(String name) {
		return page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}
}
