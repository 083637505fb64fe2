package vn.motcua.catalogue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Import and export: every error with row and column and nothing stored; export → import → identical. */
@MotCuaTest
class CatalogueTransferTests {

	static final String PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static byte[] sheet(List<List<String>> rows) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Thủ tục");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	static final List<String> HEADER = List.of("Mã thủ tục", "Tên thủ tục", "Mã lĩnh vực", "Mã cơ quan",
			"Cấp thực hiện", "Nguồn gốc", "Thời hạn", "Đơn vị thời hạn", "Phí", "Thành phần hồ sơ", "Hiệu lực từ");

	@Test
	void everyBadRowIsReportedWithRowAndColumnAndNothingIsStored() throws Exception {
		byte[] file = sheet(List.of(HEADER,
				List.of("NK.000001", "Nhập khẩu đúng", "LANH_SU", "SNV-HT", "PROVINCE", "CENTRAL", "7", "WORKING_DAY",
						"Phí hợp pháp hóa | 30.000 | Bộ Ngoại giao = 20; Sở Ngoại vụ = 10; Ngân sách = 70",
						"TK | Tờ khai | bản chính | 1 | bắt buộc\nHC | Hộ chiếu | bản sao | 1 | nếu có", "2024-01-01"),
				List.of("NK.000002", "Phí sai", "LANH_SU", "SNV-HT", "PROVINCE", "CENTRAL", "7", "WORKING_DAY",
						"Phí | ba mươi nghìn", "", "2024-01-01"),
				List.of("NK.000003", "Cấp sai", "LANH_SU", "SNV-HT", "HUYEN", "CENTRAL", "7", "WORKING_DAY", "", "",
						"01/01/2024"),
				List.of("NK.000004", "Chia sai", "KHONG_CO", "SNV-HT", "PROVINCE", "LOCAL", "5", "WORKING_DAY",
						"Lệ phí | 10000 | Tỉnh = 50; Bộ = 40", "", "2024-01-01")));
		mvc.perform(multipart("/api/v1/procedures/import").file(new MockMultipartFile("file", "thu-tuc.xlsx",
				"application/octet-stream", file)).with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("Dòng 3, cột Phí")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("Dòng 4, cột Cấp thực hiện")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("Dòng 4, cột Hiệu lực từ")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("Dòng 5, cột Mã lĩnh vực")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("Dòng 5, cột Phí")))
			.andExpect(jsonPath("$.errors", hasSize(5)));
		// the good first row was not stored either
		mvc.perform(get("/api/v1/procedures/NK.000001").with(httpBasic("xem", PASSWORD)))
			.andExpect(status().isNotFound());
		// the same file without the bad rows goes in, with its fee shares and paper types
		mvc.perform(multipart("/api/v1/procedures/import").file(new MockMultipartFile("file", "thu-tuc.xlsx",
				"application/octet-stream", sheet(List.of(HEADER, List.of("NK.000001", "Nhập khẩu đúng", "LANH_SU",
						"SNV-HT", "PROVINCE", "CENTRAL", "7", "WORKING_DAY",
						"Phí hợp pháp hóa | 30.000 | Bộ Ngoại giao = 20; Sở Ngoại vụ = 10; Ngân sách = 70",
						"TK | Tờ khai | bản chính | 1 | bắt buộc\nHC | Hộ chiếu | bản sao | 1 | nếu có", "2024-01-01")))))
			.with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.procedures").value(1));
		mvc.perform(get("/api/v1/procedures/NK.000001").with(httpBasic("xem", PASSWORD)))
			.andExpect(jsonPath("$.fees[0].amountVnd").value(30000))
			.andExpect(jsonPath("$.fees[0].shares[0].holder").value("Bộ Ngoại giao"))
			.andExpect(jsonPath("$.fees[0].shares[0].percent").value(20))
			.andExpect(jsonPath("$.components[1].paperType").value("COPY"))
			.andExpect(jsonPath("$.components[1].required").value(false));
	}

	@Test
	void jsonImportErrorsNameTheItemAndTheField() throws Exception {
		String body = """
				{"procedures": [
				 {"code": "NK.000010", "name": "Đúng", "agencyCode": "SNV-HT", "validFrom": "2024-01-01",
				  "processingTime": {"amount": 3, "unit": "WORKING_DAY"}},
				 {"code": "NK.000011", "name": "Sai", "agencyCode": "SNV-HT", "validFrom": "2024-01-01",
				  "processingTime": {"amount": 3, "unit": "WORKING_DAY"}, "fees": [{"name": "Phí", "amountVnd": -5}]}]}""";
		mvc.perform(multipart("/api/v1/procedures/import").file(new MockMultipartFile("file", "thu-tuc.json",
				"application/json", body.getBytes(StandardCharsets.UTF_8))).with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("Mục 2, fees[0].amountVnd"));
		mvc.perform(get("/api/v1/procedures/NK.000010").with(httpBasic("xem", PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFileOverTheRowLimitIsRefusedNamingTheLimitAndNothingIsStored() throws Exception {
		String item = "{\"code\": \"RL.%06d\", \"name\": \"Giới hạn\", \"agencyCode\": \"SNV-HT\", \"validFrom\": "
				+ "\"2024-01-01\", \"processingTime\": {\"amount\": 3, \"unit\": \"WORKING_DAY\"}}";
		String body = java.util.stream.IntStream.rangeClosed(1, 5001)
			.mapToObj(item::formatted)
			.collect(java.util.stream.Collectors.joining(",", "{\"procedures\": [", "]}"));
		mvc.perform(multipart("/api/v1/procedures/import").file(new MockMultipartFile("file", "thu-tuc.json",
				"application/json", body.getBytes(StandardCharsets.UTF_8))).with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message", containsString("motcua.import.max-rows")));
		byte[] sheet = ProcedureSheetReaderTest.workbook(5001, 10);
		mvc.perform(multipart("/api/v1/procedures/import").file(new MockMultipartFile("file", "thu-tuc.xlsx",
				"application/octet-stream", sheet)).with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("5.000")));
		assertThat(jdbc.sql("select count(*) from procedure where code like 'RL.%' or code like 'ST.%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void onlyAdministratorsImport() throws Exception {
		mvc.perform(multipart("/api/v1/procedures/import").file(new MockMultipartFile("file", "a.json",
				"application/json", "{\"procedures\": []}".getBytes(StandardCharsets.UTF_8)))
			.with(httpBasic("xem", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/procedures/import").param("agency", "SNV-HT")
			.file(new MockMultipartFile("file", "a.json", "application/json",
					"{\"procedures\": []}".getBytes(StandardCharsets.UTF_8)))
			.with(httpBasic("quantri.stp", PASSWORD))).andExpect(status().isForbidden());
	}

	@Test
	void theBlankTemplateHasEveryColumnAndAGuide() throws Exception {
		byte[] template = mvc.perform(get("/api/v1/procedures/import-template").with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			Row header = book.getSheet("Thủ tục").getRow(0);
			assertThat(header.getLastCellNum()).isEqualTo((short) ProcedureColumns.ALL.size());
			assertThat(header.getCell(11).getStringCellValue()).isEqualTo("Phí");
			assertThat(book.getSheet("Hướng dẫn").getLastRowNum()).isEqualTo(ProcedureColumns.ALL.size() + 1);
			assertThat(book.getSheet("Thủ tục").getDataValidations()).hasSize(9);
		}
	}

	@Test
	void exportThenImportIntoAFreshAgencyGivesTheSameCatalogue() throws Exception {
		for (String code : List.of("RT-A", "RT-B", "RT-C")) {
			mvc.perform(post("/api/v1/agencies").contentType(MediaType.APPLICATION_JSON).content("""
					{"code": "%s", "name": "Cơ quan thử %s", "identifierCode": "000.00.7%s.H36", "level": "PROVINCE",
					 "parentCode": "UBND-HT"}""".formatted(code, code, code.charAt(3) - 'A'))
				.with(httpBasic("admin", PASSWORD))).andExpect(status().isCreated());
		}
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "RT.000001", "name": "Chứng nhận lãnh sự (thử)", "fieldCode": "LANH_SU", "agencyCode": "RT-A",
				 "level": "PROVINCE", "origin": "CENTRAL", "processingTime": {"amount": 5, "unit": "WORKING_DAY"},
				 "onlineMode": "PARTIAL", "onlineReason": "Phải nộp bản chính để đóng dấu",
				 "fees": [{"name": "Phí chứng nhận", "amountVnd": 30000,
				           "shares": [{"holder": "Bộ Ngoại giao", "percent": 20}, {"holder": "Tỉnh", "percent": 80}]}],
				 "components": [{"code": "TK", "name": "Tờ khai", "required": true, "copies": 1},
				                {"code": "GT", "name": "Giấy tờ | cần chứng nhận", "required": false, "copies": 2,
				                 "paperType": "CERTIFIED_COPY"}],
				 "resultType": "PAPER", "resultName": "Giấy tờ đã chứng nhận", "interAgency": true,
				 "legs": [{"agency": "Cơ quan thử RT-A", "days": 1}, {"agency": "Cục Lãnh sự", "days": 4}],
				 "internalProcess": [{"name": "Tiếp nhận", "role": "RECEPTION_OFFICER", "days": 1},
				                     {"name": "Chuyển Cục Lãnh sự", "role": "PROCESSING_OFFICER", "days": 4}],
				 "applicantTypes": ["FOREIGNER", "CITIZEN"], "oneStop": true, "onTheSpot": false,
				 "legalBasis": "Nghị định 111/2011/NĐ-CP\\nThông tư 157/2016/TT-BTC", "whereToSubmit": "Một cửa",
				 "validFrom": "2021-01-01"}""").with(httpBasic("admin", PASSWORD))).andExpect(status().isCreated());
		mvc.perform(put("/api/v1/procedures/RT.000001").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "RT.000001", "name": "Chứng nhận lãnh sự (thử, sửa đổi)", "fieldCode": "LANH_SU",
				 "agencyCode": "RT-A", "processingTime": {"amount": 2, "unit": "WORKING_HOUR"}, "onlineMode": "FULL",
				 "onTheSpot": true, "validFrom": "2026-05-09"}""").with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON)
			.content(CatalogueTests.body("RT.000002", "2022-02-02", 3, "Thủ tục thứ hai").replace("SNV-HT", "RT-A")
				.replace("\"fieldCode\": \"LANH_SU\",", "\"status\": \"DRAFT\","))
			.with(httpBasic("admin", PASSWORD))).andExpect(status().isCreated());

		String exportedJson = export("json", "RT-A");
		byte[] exportedXlsx = mvc.perform(get("/api/v1/procedures/export").param("format", "xlsx")
			.param("agency", "RT-A").with(httpBasic("admin", PASSWORD))).andReturn().getResponse().getContentAsByteArray();
		assertThat(exportedJson).contains("RT.000001", "RT.000002", "Giấy tờ | cần chứng nhận");

		// a fresh installation: the codes are free again
		forget("RT.000001", "RT.000002");
		mvc.perform(multipart("/api/v1/procedures/import").param("agency", "RT-B")
			.file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", exportedXlsx))
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.procedures").value(2))
			.andExpect(jsonPath("$.versions").value(3));
		assertThat(export("json", "RT-B")).isEqualTo(exportedJson.replace("\"agencyCode\" : \"RT-A\"", "\"agencyCode\" : \"RT-B\""));

		forget("RT.000001", "RT.000002");
		mvc.perform(multipart("/api/v1/procedures/import").param("agency", "RT-C")
			.file(new MockMultipartFile("file", "x.json", "application/json",
					exportedJson.getBytes(StandardCharsets.UTF_8)))
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk());
		assertThat(export("json", "RT-C")).isEqualTo(exportedJson.replace("\"agencyCode\" : \"RT-A\"", "\"agencyCode\" : \"RT-C\""));
		mvc.perform(get("/api/v1/procedures/RT.000001").param("on", "2025-01-01").with(httpBasic("admin", PASSWORD)))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.legs[1].agency").value("Cục Lãnh sự"))
			.andExpect(jsonPath("$.name", containsString("thử")));
	}

	String export(String format, String agency) throws Exception {
		return mvc.perform(get("/api/v1/procedures/export").param("format", format).param("agency", agency)
			.with(httpBasic("admin", PASSWORD))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	void forget(String... codes) {
		for (String code : codes) {
			jdbc.sql("delete from procedure_version where procedure_id = (select id from procedure where code = ?)")
				.param(code).update();
			jdbc.sql("delete from procedure where code = ?").param(code).update();
		}
	}
}
