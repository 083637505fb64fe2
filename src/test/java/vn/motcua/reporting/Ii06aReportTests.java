package vn.motcua.reporting;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Biểu II.06a on known histories imported through the API for an agency of its own (Q3/2021 = 15/6–14/9/2021):
 * carried-over dossiers, early, on-time and late ones, a withdrawal, a supplement pending at the end, an overdue
 * one, and a child agency rolled up into its parent.
 */
@MotCuaTest
class Ii06aReportTests {

	static final String ADMIN = "admin";

	static final String PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	static boolean loaded;

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic(ADMIN, PASSWORD));
	}

	@BeforeEach
	void data() throws Exception {
		if (loaded) {
			return;
		}
		mvc.perform(json(post("/api/v1/agencies"), """
				{"code": "SNV-BC", "name": "Sở Ngoại vụ báo cáo thử", "identifierCode": "000.00.88.H99",
				 "level": "PROVINCE"}""")).andExpect(status().isCreated());
		mvc.perform(json(post("/api/v1/agencies"), """
				{"code": "SNV-BC-CON", "name": "Đơn vị trực thuộc thử", "identifierCode": "000.01.88.H99",
				 "level": "PROVINCE", "parentCode": "SNV-BC"}""")).andExpect(status().isCreated());
		procedure("R.000005", "DOI_NGOAI", "SNV-BC", 5);
		procedure("R.000003", "HOI_NGHI", "SNV-BC", 3);
		procedure("R.000007", "LANH_SU", "SNV-BC-CON", 5);
		mvc.perform(json(post("/api/v1/dossiers/import"), """
				{"dossiers": [
				 %s, %s, %s, %s, %s, %s, %s, %s, %s, %s
				]}""".formatted(
				history("A", "R.000005", "DIRECT", "2021-06-10T09:00:00+07:00", "COMPLETE", "2021-06-16T10:00:00+07:00"),
				history("B", "R.000005", "DIRECT", "2021-06-01T09:00:00+07:00", null, null),
				history("C", "R.000005", "ONLINE", "2021-07-05T09:00:00+07:00", "COMPLETE", "2021-07-12T15:00:00+07:00"),
				history("D", "R.000005", "DIRECT", "2021-07-05T10:00:00+07:00", "COMPLETE", "2021-07-14T09:00:00+07:00"),
				history("E", "R.000005", "POSTAL", "2021-09-08T09:00:00+07:00", null, null),
				history("F", "R.000003", "DIRECT", "2021-08-02T09:00:00+07:00", "REQUEST_SUPPLEMENT", "2021-08-03T09:00:00+07:00"),
				history("G", "R.000003", "ONLINE", "2021-08-10T09:00:00+07:00", "WITHDRAW", "2021-08-11T09:00:00+07:00"),
				history("H", "R.000005", "DIRECT", "2021-09-20T09:00:00+07:00", null, null),
				history("I", "R.000005", "DIRECT", "2021-05-03T09:00:00+07:00", "COMPLETE", "2021-05-05T09:00:00+07:00"),
				history("K", "R.000007", "DIRECT", "2021-07-06T09:00:00+07:00", "COMPLETE", "2021-07-08T09:00:00+07:00"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(10));
		loaded = true;
	}

	void procedure(String code, String field, String agency, int days) throws Exception {
		mvc.perform(json(post("/api/v1/procedures"), """
				{"code": "%s", "name": "Thủ tục báo cáo %s", "fieldCode": "%s", "agencyCode": "%s",
				 "processingTime": {"amount": %d, "unit": "WORKING_DAY"}, "validFrom": "2020-01-01"}"""
			.formatted(code, code, field, agency, days))).andExpect(status().isCreated());
	}

	static String history(String id, String procedure, String channel, String received, String action, String at) {
		String second = action == null ? ""
				: ", {\"action\": \"" + action + "\", \"at\": \"" + at + "\", \"reason\": \"Lý do thử\"}";
		return """
				{"externalId": "BC-%s", "procedureCode": "%s", "channel": "%s", "applicant": {"fullName": "Người nộp %s"},
				 "events": [{"action": "RECEIVE", "at": "%s"}%s]}""".formatted(id, procedure, channel, id, received,
				second);
	}

	@Test
	void everyCellOfTheQuarterIsCountedFromTheHistories() throws Exception {
		String json = mvc.perform(get("/api/v1/reports/II.06a").param("agency", "SNV-BC")
			.param("period", "2021-Q3")
			.with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.period.label").value("Quý III năm 2021"))
			.andExpect(jsonPath("$.period.from").value("2021-06-15"))
			.andExpect(jsonPath("$.rows.length()").value(3))
			.andExpect(jsonPath("$.violations.length()").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(row(json, "DOI_NGOAI")).isEqualTo(cells(5, 1, 2, 2, 3, 1, 1, 1, 2, 1, 1));
		assertThat(row(json, "HOI_NGHI")).isEqualTo(cells(2, 1, 1, 0, 1, 0, 1, 0, 1, 1, 0));
		assertThat(row(json, "LANH_SU")).isEqualTo(cells(1, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0));
		assertThat((java.util.Map<String, Integer>) JsonPath.read(json, "$.total.cells"))
			.isEqualTo(cells(8, 2, 4, 2, 5, 2, 2, 1, 3, 2, 1));
	}

	static java.util.Map<String, Integer> row(String json, String code) {
		List<java.util.Map<String, Integer>> found = JsonPath.read(json, "$.rows[?(@.code == '" + code + "')].cells");
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	@Test
	void theCarriedOverColumnEqualsThePendingColumnOfThePreviousQuarter() throws Exception {
		String q2 = mvc.perform(get("/api/v1/reports/II.06a").param("agency", "SNV-BC").param("period", "2021-Q2")
			.with(httpBasic(ADMIN, PASSWORD))).andReturn().getResponse().getContentAsString();
		String q3 = mvc.perform(get("/api/v1/reports/II.06a").param("agency", "SNV-BC").param("period", "2021-Q3")
			.with(httpBasic(ADMIN, PASSWORD))).andReturn().getResponse().getContentAsString();
		assertThat((Integer) JsonPath.read(q2, "$.total.cells['11']")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(q3, "$.total.cells['6']")).isEqualTo(2);
	}

	@Test
	void aChildAgencyIsReportedAloneAndRolledUpIntoItsParent() throws Exception {
		mvc.perform(get("/api/v1/reports/II.06a").param("agency", "SNV-BC-CON")
			.param("period", "2021-Q3")
			.with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(jsonPath("$.rows.length()").value(1))
			.andExpect(jsonPath("$.total.cells['3']").value(1));
	}

	@Test
	void everyFigureOpensTheDossiersBehindIt() throws Exception {
		mvc.perform(get("/api/v1/reports/II.06a/cells").param("agency", "SNV-BC")
			.param("period", "2021-Q3")
			.param("row", "DOI_NGOAI")
			.param("column", "13")
			.with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].applicantName").value("Người nộp B"))
			.andExpect(jsonPath("$[0].reason", containsString("quá hạn luật định")));
		mvc.perform(get("/api/v1/reports/II.06a/cells").param("agency", "SNV-BC")
			.param("period", "2021-Q3")
			.param("column", "9")
			.with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(jsonPath("$.length()").value(2));
		mvc.perform(get("/api/v1/reports/II.06a/cells").param("agency", "SNV-BC")
			.param("period", "2021-Q3")
			.param("column", "99")
			.with(httpBasic(ADMIN, PASSWORD))).andExpect(status().isUnprocessableContent());
	}

	@Test
	void theExportsAreTheOfficialFormWithTheFigures() throws Exception {
		byte[] xlsx = mvc.perform(get("/api/v1/reports/II.06a").param("agency", "SNV-BC")
			.param("period", "2021-Q3")
			.param("format", "xlsx")
			.with(httpBasic(ADMIN, PASSWORD))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			StringBuilder text = new StringBuilder();
			Row totalRow = null;
			for (Row row : sheet) {
				for (Cell cell : row) {
					text.append(cell.toString()).append(' ');
				}
				if (row.getCell(1) != null && "TỔNG CỘNG".equals(row.getCell(1).toString())) {
					totalRow = row;
				}
			}
			assertThat(text).contains("Biểu số II.06a/VPCP/KSTT", "Quý III năm 2021 (Từ ngày 15/6/2021 đến ngày 14/9/2021)",
					"Đơn vị báo cáo: Sở Ngoại vụ báo cáo thử", "(3)=(4)+(5)+(6)", "Lĩnh vực đối ngoại");
			assertThat(totalRow).isNotNull();
			assertThat(totalRow.getCell(2).getNumericCellValue()).isEqualTo(8.0);
			assertThat(totalRow.getCell(12).getNumericCellValue()).isEqualTo(1.0);
		}
		byte[] docx = mvc.perform(get("/api/v1/reports/II.06a").param("agency", "SNV-BC")
			.param("period", "2021-Q3")
			.param("format", "docx")
			.with(httpBasic(ADMIN, PASSWORD))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			assertThat(extractor.getText()).contains("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", "TỔNG CỘNG",
					"Hội nghị, hội thảo quốc tế");
		}
		byte[] pdf = mvc.perform(get("/api/v1/reports/II.06a").param("agency", "SNV-BC")
			.param("period", "2021-Q3")
			.param("format", "pdf")
			.with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Quý III năm 2021", "Đơn vị báo cáo: Sở Ngoại vụ báo cáo thử", "TỔNG CỘNG",
					"Lĩnh vực đối ngoại");
			assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(document.getPage(0).getMediaBox().getHeight());
		}
	}

	@Test
	void theReportPageLinksEveryFigure() throws Exception {
		mvc.perform(get("/bao-cao/II.06a").param("agency", "SNV-BC").param("period", "2021-Q3")
			.with(user("admin").roles("SYSTEM_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quý III năm 2021 (Từ ngày 15/6/2021 đến ngày 14/9/2021)")))
			.andExpect(content().string(containsString("/bao-cao/II.06a/o?period=2021-Q3&amp;agency=SNV-BC&amp;row=DOI_NGOAI&amp;column=13")));
		mvc.perform(get("/bao-cao/II.06a/o").param("agency", "SNV-BC").param("period", "2021-Q3")
			.param("row", "DOI_NGOAI").param("column", "13")
			.with(user("admin").roles("SYSTEM_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Người nộp B")));
	}

	@Test
	void badPeriodsAndFormsAreClearErrorsAndOtherAgenciesAreHidden() throws Exception {
		mvc.perform(get("/api/v1/reports/II.06a").param("agency", "SNV-BC").param("period", "2021-Q7")
			.with(httpBasic(ADMIN, PASSWORD))).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("period"));
		mvc.perform(get("/api/v1/reports/X.99").param("agency", "SNV-BC").param("period", "2021-Q3")
			.with(httpBasic(ADMIN, PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/reports/II.06a").param("agency", "SNV-BC").param("period", "2021-Q3")
			.with(httpBasic("quantri", PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/reports/II.06a").param("agency", "SNV-HT").param("period", "2021-Q3")
			.with(httpBasic("motcua", PASSWORD))).andExpect(status().isForbidden());
	}

	static java.util.Map<String, Integer> cells(int... values) {
		java.util.Map<String, Integer> cells = new java.util.LinkedHashMap<>();
		for (int i = 0; i < values.length; i++) {
			cells.put(Integer.toString(i + 3), values[i]);
		}
		return cells;
	}
}
