package vn.motcua.journeys;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keyboard only: a member of staff signs in, reaches the dossier list from the menu and opens the intake form without
 * touching the mouse, and every element they land on shows where the focus is.
 */
@JourneyTest
class KeyboardJourneyTests extends BrowserJourney {

	@Test
	void aMemberOfStaffSignsInAndMovesThroughTheMenuWithTheKeyboardAlone() {
		open("/dang-nhap");
		page.keyboard().press("Tab");
		tabUntil("username");
		page.keyboard().type("motcua");
		page.keyboard().press("Tab");
		assertThat(focusedId()).isEqualTo("password");
		page.keyboard().type(PASSWORD);
		step("dang-nhap-ban-phim");
		page.keyboard().press("Enter");
		page.waitForURL(url -> !url.contains("/dang-nhap"));
		step("trang-chu");

		String text = tabToLink("Tiếp nhận hồ sơ");
		assertThat(text).contains("Tiếp nhận hồ sơ");
		assertThat(page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle + '|' "
				+ "+ getComputedStyle(document.activeElement).boxShadow").toString())
			.as("the focused link shows a focus ring").isNotEqualTo("none|none");
		step("lien-ket-dang-chon");
		page.keyboard().press("Enter");
		page.waitForURL(url -> url.contains("/ho-so/tiep-nhan"));
		assertThat(page.locator("h1").innerText()).isNotBlank();
		step("trang-tiep-nhan");
		assertAccessible();
	}

	private void tabUntil(String id) {
		for (int i = 0; i < 30 && !id.equals(focusedId()); i++) {
			page.keyboard().press("Tab");
		}
		assertThat(focusedId()).isEqualTo(id);
	}

	/** Presses Tab until the focused element is a link with this text; returns its text. */
	private String tabToLink(String label) {
		for (int i = 0; i < 80; i++) {
			page.keyboard().press("Tab");
			Object text = page.evaluate("() => document.activeElement && document.activeElement.tagName === 'A' "
					+ "? document.activeElement.innerText : ''");
			if (String.valueOf(text).contains(label)) {
				return String.valueOf(text);
			}
		}
		throw new AssertionError("no link \"" + label + "\" reachable with Tab");
	}

	private String focusedId() {
		return String.valueOf(page.evaluate("() => document.activeElement ? document.activeElement.id : ''"));
	}

}
