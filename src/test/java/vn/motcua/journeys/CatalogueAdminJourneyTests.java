package vn.motcua.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency administrator adds a draft procedure through the record form: the page refuses a missing processing
 * time beside its field in Vietnamese and keeps what was typed; the saved procedure shows its typed values; a new
 * version without a date is refused on the edit page, which keeps its address.
 */
@JourneyTest
class CatalogueAdminJourneyTests extends BrowserJourney {

	@Test
	void theAdministratorFixesTheFormAddsADraftAndIsRefusedANewVersionWithoutADate() {
		String code = "HT." + (System.nanoTime() % 1_000_000);
		signIn("quantri");
		open("/quan-tri/thu-tuc/moi");
		step("thu-tuc-moi");
		assertAccessible();
		page.getByLabel("Mã thủ tục").fill(code);
		page.getByLabel("Tên thủ tục").fill("Thủ tục thử nghiệm hành trình");
		page.getByLabel("Phí, lệ phí").fill("Lệ phí | 50000");
		save();
		step("thieu-thoi-han");
		assertAccessible();
		assertThat(page.locator("[role=alert]").allInnerTexts()).contains("Cần số ngày (hoặc giờ) làm việc");
		assertThat(page.getByLabel("Tên thủ tục").inputValue()).isEqualTo("Thủ tục thử nghiệm hành trình");

		page.getByLabel("Thời hạn giải quyết").fill("3");
		page.getByLabel("Cấp thực hiện").selectOption("PROVINCE");
		page.getByLabel("Nguồn gốc").selectOption("CENTRAL");
		save();
		step("da-them");
		assertThat(page.url()).endsWith("/quan-tri/thu-tuc/" + code);
		String detail = page.locator("body").innerText();
		assertThat(detail).contains("Đã thêm thủ tục " + code).contains("Dự thảo").contains("3 ngày làm việc")
			.contains("Cấp tỉnh · Do Trung ương quy định");

		open("/quan-tri/thu-tuc/" + code + "/sua");
		page.getByLabel("Hiệu lực từ ngày").fill("");
		save();
		step("phien-ban-thieu-ngay");
		assertThat(page.locator("[role=alert]").allInnerTexts()).contains("Cần ngày có hiệu lực");
		assertThat(page.locator("form.card").getAttribute("action")).isEqualTo("/quan-tri/thu-tuc/" + code + "/sua");
	}

	private void save() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();
		page.waitForLoadState();
	}
}
