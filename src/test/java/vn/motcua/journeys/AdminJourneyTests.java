package vn.motcua.journeys;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator edits next year's calendar with a preview, then reads the audit log in Vietnamese and checks it. */
@JourneyTest
class AdminJourneyTests extends BrowserJourney {

	@Test
	void theAdministratorPreviewsAndSavesACalendarChangeThenChecksTheAuditLogInVietnamese() {
		int year = LocalDate.now(VietnamTime.ZONE).getYear() + 1;
		signIn("admin");
		open("/lich-lam-viec/" + year + "/sua");
		step("sua-lich");
		assertAccessible();
		String holidays = page.getByLabel("Ngày nghỉ (ngoài thứ bảy, chủ nhật)").inputValue();
		page.getByLabel("Ngày nghỉ (ngoài thứ bảy, chủ nhật)")
			.fill(holidays + "\n14/07/" + year + " Nghỉ thử nghiệm hành trình");
		page.getByLabel("Căn cứ (số thông báo, công văn)").fill("Thông báo số 01/TB-UBND (thử nghiệm)");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem trước thay đổi")).click();
		page.waitForLoadState();
		step("xem-truoc");
		assertAccessible();
		assertThat(page.locator("section.card").innerText()).contains("Các ngày đổi trạng thái").contains("14/07/" + year);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();
		page.waitForLoadState();
		step("da-luu");
		assertThat(page.locator("body").innerText()).contains("Đã lưu lịch làm việc năm " + year);

		open("/quan-tri/nhat-ky");
		step("nhat-ky");
		assertAccessible();
		String log = page.locator("table").innerText();
		assertThat(log).contains("Lịch làm việc · " + year).contains("Sửa").doesNotContain("CalendarYear")
			.doesNotContain("UPDATE");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra toàn vẹn")).click();
		page.waitForLoadState();
		step("kiem-tra-toan-ven");
		assertThat(page.locator("[role=status]").innerText()).contains("Chuỗi nhật ký toàn vẹn");
	}
}
