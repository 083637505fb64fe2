package vn.motcua.dossier;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import vn.motcua.shared.VietnamTime;

/** The legal forms as PDF with the code and intact Vietnamese, the register, and file uploads sniffed by content. */
@MotCuaTest
class DossierFormsTests {

	static final String PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String intake(String name) throws Exception {
		String body = """
				{"procedureCode": "2.002352", "channel": "DIRECT",
				 "applicant": {"fullName": "%s", "address": "Thạch Hà, Hà Tĩnh", "phone": "0912000111"},
				 "components": [{"code": "TK", "original": true, "copies": 1}, {"code": "QD", "original": true, "copies": 1},
				                {"code": "ANH", "original": true, "copies": 2}]}""".formatted(name);
		return JsonPath.read(mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(httpBasic("motcua", PASSWORD))).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(), "$.code");
	}

	String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDFont font : document.getPage(0).getResources().getFontNames().iterator().hasNext()
					? java.util.List.of(document.getPage(0).getResources().getFont(
							document.getPage(0).getResources().getFontNames().iterator().next()))
					: java.util.List.<PDFont>of()) {
				assertThat(font.isEmbedded()).isTrue();
			}
			String text = new PDFTextStripper().getText(document);
			// table cells and the A5 width wrap lines; compare words on one line, and codes without spaces
			return text.replaceAll("\\s+", " ") + "\n" + text.replaceAll("\\s+", "");
		}
	}

	@Test
	void theReceiptCarriesTheCodeTheVietnameseNamesAndAQrCodeOnA5() throws Exception {
		String nfd = Normalizer.normalize("Nguyễn Thị Hường", Normalizer.Form.NFD);
		String code = intake(nfd);
		byte[] pdf = mvc.perform(get("/api/v1/dossiers/" + code + "/slips/MAU01").with(httpBasic("motcua", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = text(pdf);
		assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", code, "Nguyễn Thị Hường",
				"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Sở Ngoại vụ tỉnh Hà Tĩnh",
				"Cấp hộ chiếu ngoại giao, hộ chiếu công vụ", "Văn bản cử đi công tác");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(418f, 422f);
			assertThat(document.getPage(0).getMediaBox().getHeight()).isBetween(593f, 597f);
			assertThat(document.getPage(0).getResources().getXObjectNames()).isNotEmpty();
		}
	}

	@Test
	void formsThatDoNotApplyAreRefusedAndTheApplyingOnesRender() throws Exception {
		String code = intake("Lê Văn Phúc");
		mvc.perform(get("/api/v1/dossiers/" + code + "/slips/MAU03").with(httpBasic("motcua", PASSWORD)))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/dossiers/" + code + "/slips/MAU09").with(httpBasic("motcua", PASSWORD)))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/dossiers/" + code + "/actions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"REQUEST_SUPPLEMENT\", \"reason\": \"Bổ sung văn bản cử đi công tác có dấu đỏ\"}")
			.with(httpBasic("chuyenvien", PASSWORD))).andExpect(status().isOk());
		String supplement = text(mvc.perform(get("/api/v1/dossiers/" + code + "/slips/MAU02")
			.with(httpBasic("motcua", PASSWORD))).andReturn().getResponse().getContentAsByteArray());
		assertThat(supplement).contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Bổ sung văn bản cử đi công tác có dấu đỏ");
		String control = text(mvc.perform(get("/api/v1/dossiers/" + code + "/slips/MAU05")
			.with(httpBasic("motcua", PASSWORD))).andReturn().getResponse().getContentAsByteArray());
		assertThat(control).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", code, "Trần Thị Bình",
				"Thẩm định hồ sơ, dự thảo văn bản đề nghị", "Hạn hoàn thành", "Chuyên viên xử lý");
	}

	@Test
	void theRegisterListsTheDossiersOfTheRangeAsPdfAndXlsx() throws Exception {
		String code = intake("Sổ Theo Dõi");
		String today = java.time.LocalDate.now(VietnamTime.ZONE).toString();
		byte[] pdf = mvc.perform(get("/api/v1/dossiers/register").param("from", today).param("to", today)
			.with(httpBasic("motcua", PASSWORD))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(text(pdf)).contains("SỔ THEO DÕI HỒ SƠ", code);
		byte[] xlsx = mvc.perform(get("/api/v1/dossiers/register").param("from", today).param("to", today)
			.param("format", "xlsx")
			.with(httpBasic("motcua", PASSWORD))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			StringBuilder all = new StringBuilder();
			book.getSheetAt(0).forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
			assertThat(all).contains(code, "Sổ Theo Dõi");
		}
	}

	@Test
	void uploadsAreSniffedHashedAndCapped() throws Exception {
		byte[] png = java.util.Base64.getDecoder().decode(
				"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
		String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(png));
		mvc.perform(multipart("/api/v1/files").file(new MockMultipartFile("file", "ảnh thẻ.pdf", "application/pdf", png))
			.with(httpBasic("motcua", PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mediaType").value("image/png"))
			.andExpect(jsonPath("$.sha256").value(sha))
			.andExpect(jsonPath("$.size").value(png.length));
		long before = jdbc.sql("select count(*) from stored_file").query(Long.class).single();
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3c] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		mvc.perform(multipart("/api/v1/files").file(new MockMultipartFile("file", "scan.pdf", "application/pdf", exe))
			.with(httpBasic("motcua", PASSWORD)))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.title").value("Loại tệp không được chấp nhận"));
		mvc.perform(multipart("/api/v1/files")
			.file(new MockMultipartFile("file", "ghi-chu.txt", "text/plain", "xin chào".getBytes()))
			.with(httpBasic("motcua", PASSWORD))).andExpect(status().isUnsupportedMediaType());
		assertThat(jdbc.sql("select count(*) from stored_file").query(Long.class).single()).isEqualTo(before);
		mvc.perform(multipart("/api/v1/files").file(new MockMultipartFile("file", "a.png", "image/png", png)))
			.andExpect(status().isUnauthorized());
	}
}
