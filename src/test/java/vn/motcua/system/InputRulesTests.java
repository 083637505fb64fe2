package vn.motcua.system;

import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The input rules of every JSON body (JsonInputRules), the caps per procedure and on imported workbooks: each refusal
 * names the field, answers 400, 413 or 422, and stores nothing.
 */
@MotCuaTest
class InputRulesTests {

	static final String PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ResultActions postJson(String path, String body) throws Exception {
		return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(httpBasic("admin", PASSWORD)));
	}

	static String procedure(String code, String fees) {
		return """
				{"code": "%s", "name": "Thủ tục thử giới hạn", "fieldCode": "DOI_NGOAI", "agencyCode": "SNV-HT",
				 "level": "PROVINCE", "origin": "LOCAL", "processingTime": {"amount": 5, "unit": "WORKING_DAY"},
				 "onlineMode": "FULL", "fees": %s, "components": [], "resultType": "PAPER", "interAgency": false,
				 "validFrom": "2024-01-01"}""".formatted(code, fees);
	}

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	@Test
	void aNullInsideAnArrayIsRefusedNamingItsPlace() throws Exception {
		long before = count("procedure_version");
		postJson("/api/v1/procedures", procedure("T.NULL01", "[{\"name\": \"Lệ phí\", \"amountVnd\": 1000}, null]"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("fees[1]"));
		assertThat(count("procedure_version")).isEqualTo(before);
	}

	@Test
	void nulAndControlCharactersAndBidiOverridesAreRefusedNamingTheField() throws Exception {
		long before = count("field");
		for (String name : new String[] { "Lĩnh vực\\u0000thử", "Lĩnh vực\\u0007", "hoso\\u202Egpj.exe",
				"Lĩnh\\u2066vực" }) {
			postJson("/api/v1/fields", "{\"code\": \"KY_TU_LA\", \"name\": \"" + name + "\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("name"))
				.andExpect(jsonPath("$.errors[0].message").value(
						org.hamcrest.Matchers.containsString("ký tự điều khiển")));
		}
		assertThat(count("field")).isEqualTo(before);
		postJson("/api/v1/fields", "{\"code\": \"XUONG_DONG\", \"name\": \"Tab\\tvà xuống dòng được\"}")
			.andExpect(status().isCreated());
	}

	@Test
	void pageFormsLoseControlCharactersAndOverrides() throws Exception {
		mvc.perform(post("/quan-tri/linh-vuc").param("code", "TRANG_LA").param("name", "Lĩnh\u202Evực\u0000 lạ")
			.param("active", "true")
			.with(user("admin").roles("SYSTEM_ADMIN"))
			.with(csrf()));
		assertThat(jdbc.sql("select name from field where code = 'TRANG_LA'").query(String.class).single())
			.isEqualTo("Lĩnhvực lạ");
	}

	@Test
	void tooDeepABodyIsRefused() throws Exception {
		postJson("/api/v1/fields", "{\"a\":".repeat(200) + "1" + "}".repeat(200)).andExpect(status().isBadRequest());
	}

	@Test
	void aProcedureHasAtMostThirtyFees() throws Exception {
		String fee = "{\"name\": \"Lệ phí\", \"amountVnd\": 1000}";
		long before = count("procedure_version");
		postJson("/api/v1/procedures", procedure("T.FEES31", "[" + String.join(",", java.util.Collections.nCopies(31, fee)) + "]"))
			// a list past its @Size is refused by validation (400), before the catalogue's own check (422) is reached
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("fees"));
		assertThat(count("procedure_version")).isEqualTo(before);
		postJson("/api/v1/procedures", procedure("T.FEES30", "[" + String.join(",", java.util.Collections.nCopies(30, fee)) + "]"))
			.andExpect(status().isCreated());
	}

	@Test
	void aSmallWorkbookThatUnpacksHugeIsRefusedBeforeItIsOpened() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] block = new byte[1024 * 1024];
			// past the 200 MB the streaming reader accepts unpacked (a 40 MB sheet is now read, not refused)
			for (int i = 0; i < 210; i++) {
				zip.write(block);
			}
			zip.closeEntry();
		}
		assertThat(bytes.size()).isLessThan(400_000);
		long before = count("procedure_version");
		mvc.perform(multipart("/api/v1/procedures/import")
			.file(new MockMultipartFile("file", "danh-muc.xlsx", "application/octet-stream", bytes.toByteArray()))
			.with(httpBasic("admin", PASSWORD))).andExpect(status().isContentTooLarge());
		assertThat(count("procedure_version")).isEqualTo(before);
	}

	@Test
	void aDeskVisitCannotBeRecordedIn1970() throws Exception {
		long before = count("desk_visit");
		postJson("/api/v1/desk-visits", "{\"agencyCode\": \"SNV-HT\", \"purpose\": \"Nộp hồ sơ\", "
				+ "\"at\": \"1970-01-01T08:00:00+07:00\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("at"));
		assertThat(count("desk_visit")).isEqualTo(before);
	}

	@Test
	void aDossierRefusedAtIntakeIsCreatedNotAConflict() throws Exception {
		postJson("/api/v1/procedures", procedure("T.REFUSE1", "[]"));
		String result = mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"procedureCode": "T.REFUSE1", "channel": "DIRECT", "outcome": "REFUSE",
					 "reason": "Không thuộc thẩm quyền giải quyết",
					 "applicant": {"fullName": "Nguyễn Văn Từ", "idNumber": "042090000009", "phone": "0912345678",
					               "address": "Thạch Hà, Hà Tĩnh"}, "components": []}""")
			.with(httpBasic("motcua", PASSWORD))).andReturn().getResponse().getContentAsString();
		assertThat(result).contains("REFUSED_AT_INTAKE");
	}
}
