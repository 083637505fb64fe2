package vn.motcua.journeys;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The control officer's main output: II.06a of the current period, the dossiers behind a figure, the form exported
 * as XLSX, DOCX and PDF from the page with the session; then the quarterly narrative sent without saving first, and
 * a head of agency reopening it.
 */
@JourneyTest
class ControlOfficerReportJourneyTests extends BrowserJourney {

	@Test
	void theControlOfficerReadsII06aOpensAFigureAndExportsTheFormWhileSignedIn() throws IOException {
		signIn("kiemsoat");
		open("/bao-cao");
		step("cac-bieu");
		assertAccessible();
		Locator ii06a = page.locator("form.card").filter(new Locator.FilterOptions().setHasText("II.06a"));
		assertThat(ii06a.locator("select[name=period]").inputValue()).matches("\\d{4}-Q[1-4]");
		ii06a.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Xem biểu")).click();
		page.waitForLoadState();
		step("bieu-ii06a");
		assertAccessible();
		String agency = page.locator("text=Đơn vị báo cáo:").innerText();
		List<String> totals = page.locator("table.official tr").last().locator("td").allInnerTexts();
		List<String> figures = totals.subList(2, totals.size()).stream().map(String::strip).toList();
		assertThat(figures).isNotEmpty().anyMatch(f -> !f.equals("0"));

		Locator figure = page.locator("table.official tbody td a").filter(new Locator.FilterOptions()
			.setHasNotText("0"));
		String count = figure.first().innerText().strip();
		figure.first().click();
		page.waitForLoadState();
		step("ho-so-cua-so-lieu");
		assertAccessible();
		assertThat(page.locator("table tbody tr").count()).isEqualTo(Integer.parseInt(count));
		page.goBack();
		page.waitForLoadState();

		byte[] xlsx = download(() -> page.getByText("Tải XLSX").click());
		byte[] docx = download(() -> page.getByText("Tải DOCX").click());
		byte[] pdf = download(() -> page.getByText("Tải PDF").click());
		step("da-tai-ve");

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			DataFormatter format = new DataFormatter();
			Row total = null;
			for (Row row : sheet) {
				if (row.getCell(1) != null && "TỔNG CỘNG".equals(format.formatCellValue(row.getCell(1)))) {
					total = row;
				}
			}
			assertThat(total).as("the TỔNG CỘNG row of the XLSX").isNotNull();
			for (int i = 0; i < figures.size(); i++) {
				assertThat(format.formatCellValue(total.getCell(i + 2))).isEqualTo(figures.get(i));
			}
		}
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor text = new XWPFWordExtractor(word)) {
			assertThat(text.getText()).contains("II.06a").contains("TỔNG CỘNG").contains("Hà Tĩnh, ngày");
		}
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("TỔNG CỘNG " + String.join(" ", figures))
				.contains(agency.replace("Đơn vị báo cáo:", "").strip())
				.contains("Hà Tĩnh, ngày " + java.time.LocalDate.now(vn.motcua.shared.VietnamTime.ZONE).getDayOfMonth());
		}
	}

	@Test
	void sendingTheNarrativeKeepsWhatWasTypedAndAHeadReopensIt() {
		signIn("kiemsoat");
		open("/bao-cao/dinh-ky");
		step("bao-cao-dinh-ky");
		assertAccessible();
		String typed = "Trong quý, Sở đã rà soát toàn bộ thủ tục lĩnh vực hội nghị, hội thảo quốc tế.";
		page.locator("textarea[name='text.III']").fill(typed);
		page.onceDialog(dialog -> dialog.accept());
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Gửi báo cáo"))
			.click();
		page.waitForLoadState();
		step("da-gui");
		assertThat(page.locator("[role=status]").first().innerText()).contains("Đã gửi báo cáo");
		assertThat(page.locator("textarea[name='text.III']").inputValue()).isEqualTo(typed);
		assertThat(page.locator("body").innerText()).contains("bởi Võ Thị Hạnh");
		assertAccessible();

		context.clearCookies();
		signIn("giamdoc");
		open("/bao-cao/dinh-ky");
		step("lanh-dao-xem");
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Mở lại để sửa"))
			.click();
		page.waitForLoadState();
		step("da-mo-lai");
		assertThat(page.locator("[role=status]").first().innerText()).contains("Đã mở lại báo cáo");
		assertThat(page.locator("textarea[name='text.III']").inputValue()).isEqualTo(typed);
		assertThat(page.locator("textarea[name='text.III']").isEditable()).isTrue();
	}
}
