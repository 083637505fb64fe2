package vn.motcua.journeys;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A citizen types the way people type — no diacritics, no comma, words in any order — and finds the procedure. */
@JourneyTest
class CitizenSearchJourneyTests extends BrowserJourney {

	@Test
	void aCitizenFindsAProcedureTypedWithoutDiacriticsAndOpensIt() {
		open("/thu-tuc");
		step("tra-cuu");
		assertAccessible();
		page.getByLabel("Tên hoặc mã thủ tục").fill("hoi nghi hoi thao quoc te");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Tìm"))
			.click();
		page.waitForLoadState();
		step("ket-qua");
		assertAccessible();
		String results = page.locator("main, body").first().innerText();
		assertThat(results).contains("Cho phép tổ chức hội nghị, hội thảo quốc tế không thuộc thẩm quyền");

		page.getByLabel("Hình thức nộp").selectOption("FULL");
		page.getByLabel("Tên hoặc mã thủ tục").fill("quoc te hoi thao");
		page.getByLabel("Tên hoặc mã thủ tục").press("Enter");
		page.waitForLoadState();
		step("loc-truc-tuyen-toan-trinh");
		assertThat(page.locator("body").innerText()).contains("Cho phép tổ chức hội nghị, hội thảo quốc tế")
			.doesNotContain("Xin chủ trương đăng cai");

		page.getByText("Cho phép tổ chức hội nghị, hội thảo quốc tế không thuộc thẩm quyền").first().click();
		page.waitForLoadState();
		step("trang-thu-tuc");
		assertAccessible();
		assertThat(page.url()).contains("/thu-tuc/");
		assertThat(page.locator("h1").innerText()).contains("hội nghị, hội thảo quốc tế");
	}
}
