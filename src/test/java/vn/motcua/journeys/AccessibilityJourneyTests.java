package vn.motcua.journeys;

import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the menu, as the system administrator sees it, and the public pages: no serious or critical
 * axe-core violation, and every form control has an accessible name (axe's "label" and "select-name" rules).
 */
@JourneyTest
class AccessibilityJourneyTests extends BrowserJourney {

	static final List<String> STAFF_PAGES = List.of("/", "/ho-so", "/ho-so/tiep-nhan", "/pakn", "/pakn/tiep-nhan",
			"/kiem-soat/ke-hoach", "/kiem-soat/nhac-han", "/kiem-soat/danh-gia-tac-dong", "/kiem-soat/ra-soat",
			"/kiem-soat/quay-mot-cua", "/quan-tri/thu-tuc", "/quan-tri/quyet-dinh-cong-bo", "/bao-cao",
			"/bao-cao/dinh-ky", "/bao-cao/tong-quan", "/bao-cao/II.06a", "/lich-lam-viec", "/lich-lam-viec/tinh-han",
			"/quan-tri/co-quan", "/quan-tri/linh-vuc", "/quan-tri/nguoi-dung", "/quan-tri/nhat-ky", "/quan-tri/thu-di",
			"/tai-khoan/mat-khau");

	static final List<String> PUBLIC_PAGES = List.of("/thu-tuc", "/thu-tuc/cong-bo", "/tra-cuu", "/phan-anh",
			"/phan-anh/cong-khai");

	@Test
	void everyPageOfTheMenuAndThePublicPagesPassAxeCore() {
		List<String> problems = new ArrayList<>();
		for (String path : PUBLIC_PAGES) {
			problems.addAll(check(path));
		}
		signIn("admin");
		for (String path : STAFF_PAGES) {
			problems.addAll(check(path));
		}
		assertThat(problems).as("serious or critical axe-core violations").isEmpty();
	}

	private List<String> check(String path) {
		open(path);
		page.waitForLoadState();
		step(path.equals("/") ? "trang-chu" : path.substring(1).replace('/', '-'));
		AxeResults results = new AxeBuilder(page).analyze();
		return results.getViolations()
			.stream()
			.filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
			.map(v -> path + ": " + v.getId() + " (" + v.getImpact() + ") "
					+ v.getNodes().stream().limit(4).map(n -> String.valueOf(n.getTarget())).toList())
			.toList();
	}
}
