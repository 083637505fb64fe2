package vn.motcua.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The PDF toolkit on the demo template: Vietnamese text given decomposed (NFD) comes out precomposed, the font is
 * embedded, the page is the A5 the template asks for, and the QR code is an image on the page. The rendered file is
 * written to target/pdf/sample.pdf to be looked at.
 */
class PdfRendererTests {

	static final PdfRenderer renderer = new PdfRenderer(false, java.time.Clock.system(vn.motcua.shared.VietnamTime.ZONE));

	static byte[] pdf;

	static String text;

	static String nfd(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD);
	}

	static Map<String, Object> sampleModel() {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("parentAgency", nfd("UBND tỉnh Hà Tĩnh"));
		model.put("agency", nfd("Sở Ngoại vụ"));
		model.put("number", "15/GTN");
		model.put("place", nfd("Hà Tĩnh"));
		model.put("date", LocalDate.of(2026, 11, 24));
		model.put("code", "000.00.20.H36-261124-0001");
		model.put("applicant", Map.of("fullName", nfd("Trần Thị Bích Ngọc"), "address",
				nfd("Số 12 đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh"), "phone", "0912 345 678", "email",
				"ngoc.tran@example.vn"));
		model.put("request", nfd("Cho phép tổ chức hội nghị, hội thảo quốc tế thuộc thẩm quyền của Chủ tịch "
				+ "Ủy ban nhân dân cấp tỉnh"));
		model.put("components", List.of(
				Map.of("name", nfd("Văn bản đề nghị tổ chức hội nghị, hội thảo quốc tế"), "form", nfd("Bản chính"),
						"copies", "01"),
				Map.of("name", nfd("Đề án tổ chức hội nghị (mục đích, thành phần, chương trình, kinh phí)"), "form",
						nfd("Bản chính"), "copies", "01"),
				Map.of("name", nfd("Danh sách đại biểu nước ngoài dự kiến tham dự"), "form", nfd("Bản sao"),
						"copies", "01")));
		model.put("sets", "01");
		model.put("processingTime", nfd("15 ngày làm việc"));
		model.put("receivedAt", LocalDateTime.of(2026, 11, 24, 9, 5));
		model.put("appointmentAt", LocalDateTime.of(2026, 12, 15, 16, 30));
		model.put("returnAt", nfd("Bộ phận Một cửa Sở Ngoại vụ"));
		model.put("lookupUrl", "https://motcua.hatinh.gov.vn/tra-cuu/000.00.20.H36-261124-0001?key=K7Q2-M9XD");
		model.put("book", "01");
		model.put("entry", "0001");
		model.put("receiver", nfd("Nguyễn Văn Đức"));
		return model;
	}

	@BeforeAll
	static void render() throws IOException {
		pdf = renderer.render("pdf/sample", sampleModel());
		Path out = Path.of("target", "pdf", "sample.pdf");
		Files.createDirectories(out.getParent());
		Files.write(out, pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document);
		}
	}

	@Test
	void decomposedInputComesOutPrecomposed() {
		assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Mã hồ sơ",
				"000.00.20.H36-261124-0001", "Trần Thị Bích Ngọc", "Nguyễn Văn Đức", "SỞ NGOẠI VỤ",
				"UBND TỈNH HÀ TĨNH", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
		assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
	}

	@Test
	void datesFollowDecree30() {
		assertThat(text).contains("Hà Tĩnh, ngày 24 tháng 11 năm 2026", "09 giờ 05 phút, ngày 24 tháng 11 năm 2026",
				"16 giờ 30 phút, ngày 15 tháng 12 năm 2026");
		assertThat(FormExpressions.INSTANCE.date(LocalDate.of(2027, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2027");
		assertThat(FormExpressions.INSTANCE.date(LocalDate.of(2027, 3, 15))).isEqualTo("ngày 15 tháng 3 năm 2027");
		assertThat(FormExpressions.INSTANCE.date(null)).startsWith("ngày ....");
		assertThat(FormExpressions.INSTANCE.time(java.time.Instant.parse("2026-11-24T02:00:00Z")))
			.isEqualTo("09 giờ 00 phút, ngày 24 tháng 11 năm 2026");
		assertThat(FormExpressions.INSTANCE.money(30000)).isEqualTo("30.000 đồng");
	}

	@Test
	void theFontIsEmbedded() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					fonts.add(resources.getFont(name));
				}
			}
			assertThat(fonts).extracting(PDFont::getName)
				.anySatisfy(name -> assertThat(name).endsWith("LiberationSerif-Bold"))
				.anySatisfy(name -> assertThat(name).endsWith("LiberationSerif-Italic"));
			assertThat(fonts).allSatisfy(font -> {
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font.getName()).contains("LiberationSerif");
			});
		}
	}

	@Test
	void thePageIsA5AndFitsOnOne() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			PDRectangle box = document.getPage(0).getMediaBox();
			assertThat(box.getWidth()).isCloseTo(420f, within(1f));
			assertThat(box.getHeight()).isCloseTo(595f, within(1f));
		}
	}

	@Test
	void theQrCodeIsAnImageOnThePage() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDResources resources = document.getPage(0).getResources();
			List<PDImageXObject> images = new ArrayList<>();
			for (COSName name : resources.getXObjectNames()) {
				PDXObject object = resources.getXObject(name);
				if (object instanceof PDImageXObject image) {
					images.add(image);
				}
			}
			assertThat(images).hasSize(1);
			assertThat(images.get(0).getWidth()).isEqualTo(images.get(0).getHeight()).isGreaterThan(100);
		}
	}

	@Test
	void theTemplateTextIsXhtmlInNfc() {
		String html = renderer.html("pdf/sample", sampleModel());
		assertThat(Normalizer.isNormalized(html, Normalizer.Form.NFC)).isTrue();
		assertThat(html).contains("Trần Thị Bích Ngọc").doesNotContain("th:text", "xmlns:th");
	}

	@Test
	void nothingOutsideTheClassPathIsRead(@TempDir Path folder) throws IOException {
		Path image = Files.write(folder.resolve("outside.png"), SampleFiles.png());
		byte[] rendered = renderer.render("pdf/test-outside-resource", Map.of("url", image.toUri().toString()));
		try (PDDocument document = Loader.loadPDF(rendered)) {
			assertThat(document.getPage(0).getResources().getXObjectNames()).isEmpty();
			assertThat(new PDFTextStripper().getText(document)).contains("Ảnh ngoài");
		}
	}

	@Test
	void templateNamesCannotLeaveTheTemplateFolder() {
		assertThatThrownBy(() -> renderer.render("../application", Map.of()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> renderer.render("pdf/../../x", Map.of())).isInstanceOf(IllegalArgumentException.class);
	}
}
