package vn.motcua.journeys;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Mẫu 06, the register of dossiers, printed from the dossier list for a date range, with the agency's name. */
@JourneyTest
class RegisterJourneyTests extends BrowserJourney {

	@Test
	void theDeskPrintsTheRegisterForADateRangeFromTheDossierList() throws IOException {
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		LocalDate from = today.minusDays(60);
		signIn("motcua");
		open("/ho-so");
		step("danh-sach-ho-so");
		assertAccessible();
		page.getByLabel("Từ ngày", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill(from.toString());
		page.getByLabel("Đến ngày", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill(today.toString());
		byte[] xlsx = download(() -> page.getByRole(AriaRole.BUTTON,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Tải sổ (XLSX)")).click());
		step("da-tai-so");
		String firstCode;
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			DataFormatter format = new DataFormatter();
			assertThat(format.formatCellValue(book.getSheetAt(0).getRow(0).getCell(0)))
				.contains("SỞ NGOẠI VỤ TỈNH HÀ TĨNH")
				.contains("từ ngày " + from.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
			Row first = book.getSheetAt(0).getRow(2);
			assertThat(first).as("at least one dossier in the last 60 days").isNotNull();
			firstCode = format.formatCellValue(first.getCell(1));
			assertThat(format.formatCellValue(first.getCell(6))).isEqualTo("Sở Ngoại vụ tỉnh Hà Tĩnh");
			assertThat(format.formatCellValue(first.getCell(9))).doesNotContain("motcua").doesNotContain("chuyenvien");
		}
		// The PDF button opens the register in a new tab: the same address, fetched with this browser's session.
		APIResponse pdf = context.request()
			.get(url("/ho-so/so-theo-doi?from=" + from + "&to=" + today + "&format=pdf"));
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("SỔ THEO DÕI HỒ SƠ").contains("Sở Ngoại vụ tỉnh Hà Tĩnh").doesNotContain(" chuyenvien ");
			// a long code wraps inside its narrow column
			assertThat(text.replaceAll("\\s+", "")).contains(firstCode);
		}
	}
}
