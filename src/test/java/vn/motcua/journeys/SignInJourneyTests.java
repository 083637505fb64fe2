package vn.motcua.journeys;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The first thing every member of staff does: sign in and reach the home page with their name on it. */
@JourneyTest
class SignInJourneyTests extends BrowserJourney {

	@Test
	void aMemberOfStaffSignsInAndSeesTheirHomePage() {
		open("/dang-nhap");
		step("trang-dang-nhap");
		assertAccessible();
		signIn("motcua");
		step("trang-chu");
		assertThat(page.locator("body").innerText()).contains("Hồ sơ");
	}

}
