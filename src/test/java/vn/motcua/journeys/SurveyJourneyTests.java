package vn.motcua.journeys;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The periodic satisfaction survey recorded by the desk: the list of the agency's responses, a response sent without
 * scores (each question says what is missing), then recorded and corrected before the quarter closes.
 */
@JourneyTest
class SurveyJourneyTests extends BrowserJourney {

	@Test
	void theDeskRecordsAndCorrectsASurveyResponse() {
		signIn("motcua");
		open("/khao-sat");
		step("danh-sach-khao-sat");
		assertAccessible();
		page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ghi phiếu khảo sát")).click();
		page.waitForLoadState();
		step("phieu-moi");
		assertAccessible();
		String who = "Phạm Văn Khảo Sát " + UUID.randomUUID().toString().substring(0, 6);
		page.getByLabel("Người được khảo sát").fill(who);
		button("Ghi phiếu").click();
		page.waitForLoadState();
		step("thieu-diem");
		assertThat(page.locator("fieldset p.error").count()).isEqualTo(5);
		assertThat(page.locator("main").innerText()).contains("Cần điểm từ 1 đến 5 cho câu hỏi Q1");
		assertAccessible();
		for (String q : new String[] { "Q1", "Q2", "Q3", "Q4", "Q5" }) {
			page.locator("input[name='scores[" + q + "]'][value='" + ("Q3".equals(q) ? 2 : 4) + "']").check();
		}
		button("Ghi phiếu").click();
		page.waitForURL(url -> url.contains("/khao-sat?agency="));
		step("da-ghi-phieu");
		Locator row = page.locator("#survey-list tbody tr").filter(new Locator.FilterOptions().setHasText(who));
		assertThat(row.innerText()).contains("3,60").contains("Chưa hài lòng");

		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sửa")).click();
		page.waitForLoadState();
		step("sua-phieu");
		page.locator("input[name='scores[Q3]'][value='5']").check();
		button("Lưu").click();
		page.waitForURL(url -> url.contains("/khao-sat?agency="));
		step("da-sua-phieu");
		row = page.locator("#survey-list tbody tr").filter(new Locator.FilterOptions().setHasText(who));
		assertThat(row.innerText()).contains("4,20").contains("Hài lòng");
		assertThat(page.locator("main").innerText()).contains("Đã sửa phiếu khảo sát của " + who);
		assertAccessible();
	}

	private Locator button(String name) {
		return page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}
}
