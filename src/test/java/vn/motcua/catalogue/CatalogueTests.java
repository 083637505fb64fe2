package vn.motcua.catalogue;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.MotCuaTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The catalogue API of API.md: versions in time, search without diacritics, permissions, public pages. */
@MotCuaTest
class CatalogueTests {

	static final String PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	static String body(String code, String validFrom, int days, String name) {
		return """
				{"code": "%s", "name": "%s", "fieldCode": "LANH_SU", "agencyCode": "SNV-HT",
				 "processingTime": {"amount": %d, "unit": "WORKING_DAY"}, "validFrom": "%s",
				 "fees": [{"name": "Lệ phí", "amountVnd": 30000}],
				 "components": [{"code": "TK", "name": "Tờ khai", "required": true, "copies": 1}]}""".formatted(code, name,
				days, validFrom);
	}

	@Test
	void aChangeIsANewVersionAndEveryDayAnswersTheVersionInForce() throws Exception {
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON)
			.content(body("V.000001", "2021-01-01", 7, "Hợp pháp hóa thử"))
			.with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put("/api/v1/procedures/V.000001").contentType(MediaType.APPLICATION_JSON)
			.content(body("V.000001", "2021-01-01", 5, "Hợp pháp hóa thử"))
			.with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("validFrom"));
		mvc.perform(put("/api/v1/procedures/V.000001").contentType(MediaType.APPLICATION_JSON)
			.content(body("V.000001", "2025-07-01", 5, "Hợp pháp hóa thử (sửa đổi)"))
			.with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2));
		mvc.perform(get("/api/v1/procedures/V.000001").param("on", "2021-07-01").with(httpBasic("xem", PASSWORD)))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.processingAmount").value(7));
		mvc.perform(get("/api/v1/procedures/V.000001").param("on", "2025-07-01").with(httpBasic("xem", PASSWORD)))
			.andExpect(jsonPath("$.version").value(2));
		mvc.perform(get("/api/v1/procedures/V.000001").with(httpBasic("xem", PASSWORD)))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.name").value("Hợp pháp hóa thử (sửa đổi)"));
		mvc.perform(get("/api/v1/procedures/V.000001").param("on", "2020-12-31").with(httpBasic("xem", PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/procedures/V.000001/changes").with(httpBasic("xem", PASSWORD)))
			.andExpect(jsonPath("$[0].version.version").value(2))
			.andExpect(jsonPath("$[0].changes[*].heading", org.hamcrest.Matchers.containsInAnyOrder("Tên thủ tục",
					"Thời hạn", "Hiệu lực từ")))
			.andExpect(jsonPath("$[0].changes[?(@.heading == 'Thời hạn')].before").value("7"))
			.andExpect(jsonPath("$[0].changes[?(@.heading == 'Thời hạn')].after").value("5"))
			.andExpect(jsonPath("$[1].changes").isEmpty());
	}

	/** The version in force is kept between reads (every intake reads it), never past a change on this instance. */
	@Test
	void theVersionInForceIsReadAgainAfterAChange() throws Exception {
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON)
			.content(body("V.000002", "2021-01-01", 7, "Hợp pháp hóa giữ"))
			.with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isCreated());
		for (int i = 0; i < 2; i++) { // the second read is the kept one
			mvc.perform(get("/api/v1/procedures/V.000002").param("on", "2026-07-01").with(httpBasic("xem", PASSWORD)))
				.andExpect(jsonPath("$.version").value(1))
				.andExpect(jsonPath("$.processingAmount").value(7));
		}
		mvc.perform(put("/api/v1/procedures/V.000002").contentType(MediaType.APPLICATION_JSON)
			.content(body("V.000002", "2025-07-01", 5, "Hợp pháp hóa giữ (sửa đổi)"))
			.with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/procedures/V.000002").param("on", "2026-07-01").with(httpBasic("xem", PASSWORD)))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.processingAmount").value(5));
		mvc.perform(post("/api/v1/procedures/V.000002/status").contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"REPEALED\", \"from\": \"2026-01-01\"}")
			.with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/procedures/V.000002").param("on", "2026-07-01").with(httpBasic("xem", PASSWORD)))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.status").value("REPEALED"));
	}

	@Test
	void aDossierStaysOnTheVersionInForceWhenItWasReceived() throws Exception {
		mvc.perform(post("/api/v1/dossiers/import").contentType(MediaType.APPLICATION_JSON).content("""
				{"dossiers": [{"externalId": "VER-1", "procedureCode": "2.002352", "channel": "DIRECT",
				  "applicant": {"fullName": "Phiên Bản Cũ"}, "events": [{"action": "RECEIVE", "at": "2024-03-04T09:00:00+07:00"}]},
				 {"externalId": "VER-2", "procedureCode": "2.002352", "channel": "DIRECT",
				  "applicant": {"fullName": "Phiên Bản Mới"}, "events": [{"action": "RECEIVE", "at": "2025-08-04T09:00:00+07:00"}]}]}""")
			.with(httpBasic("quantri", PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/dossiers").param("q", "phien ban cu").with(httpBasic("xem", PASSWORD)))
			.andExpect(jsonPath("$.items[0].procedureVersion").value(1));
		mvc.perform(get("/api/v1/dossiers").param("q", "phien ban moi").with(httpBasic("xem", PASSWORD)))
			.andExpect(jsonPath("$.items[0].procedureVersion").value(2));
	}

	@Test
	void searchIgnoresDiacriticsCaseAndDecomposedInput() throws Exception {
		mvc.perform(get("/api/v1/procedures").param("q", "ho chieu").with(httpBasic("xem", PASSWORD)))
			.andExpect(jsonPath("$.items[*].code", hasItem("2.002352")));
		mvc.perform(get("/api/v1/procedures").param("q", "HỢP PHÁP HÓA").with(httpBasic("xem", PASSWORD)))
			.andExpect(jsonPath("$.items[*].code", hasItem("LS.000001")));
		mvc.perform(get("/api/v1/procedures").param("q", Normalizer.normalize("hội thảo", Normalizer.Form.NFD))
			.with(httpBasic("xem", PASSWORD))).andExpect(jsonPath("$.items[*].code", hasItem("HN.000001")));
		mvc.perform(get("/thu-tuc").param("q", "cong ham"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cấp công hàm đề nghị phía nước ngoài cấp thị thực")));
	}

	@Test
	void onlyAdministratorsOfTheAgencyEditAndOtherAgenciesDoNotSeeIt() throws Exception {
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON)
			.content(body("V.000002", "2021-01-01", 7, "Không được"))
			.with(httpBasic("xem", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON)
			.content(body("V.000003", "2021-01-01", 7, "Không được"))
			.with(httpBasic("quantri.stp", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/procedures/2.002352").with(httpBasic("quantri.stp", PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/procedures").with(httpBasic("quantri.stp", PASSWORD)))
			.andExpect(jsonPath("$.items[*].code", not(hasItem("2.002352"))));
	}

	@Test
	void badInputIsAClearProblem() throws Exception {
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "V.000009", "name": "Sai", "agencyCode": "SNV-HT", "fieldCode": "KHONG_CO",
				 "processingTime": {"amount": -1, "unit": "WORKING_WEEK"}, "onlineMode": "PARTIAL", "validFrom": "2021-01-01"}""")
			.with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("fieldCode")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("processingTime.unit")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("processingTime.amount")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("onlineReason")));
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON)
			.content(body("2.002352", "2021-01-01", 7, "Trùng"))
			.with(httpBasic("quantri", PASSWORD))).andExpect(status().isConflict());
	}

	@Test
	void theInternalProcessMustAddUpToTheLegalTime() throws Exception {
		String steps = """
				{"code": "%s", "name": "Quy trình thử", "agencyCode": "SNV-HT", "validFrom": "2021-01-01",
				 "processingTime": {"amount": 5, "unit": "WORKING_DAY"},
				 "internalProcess": [{"name": "Tiếp nhận", "role": "RECEPTION_OFFICER", "days": 1},
				                     {"name": "Thẩm định", "role": "PROCESSING_OFFICER", "days": %d},
				                     {"name": "Phê duyệt", "role": "AGENCY_HEAD", "days": 1}]}""";
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON)
			.content(steps.formatted("Q.000001", 2))
			.with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("internalProcess"))
			.andExpect(jsonPath("$.errors[0].message", containsString("(4)")));
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON)
			.content(steps.formatted("Q.000001", 3))
			.with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.steps.length()").value(3))
			.andExpect(jsonPath("$.steps[1].role").value("PROCESSING_OFFICER"));
	}

	String upload(String user) throws Exception {
		String json = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/api/v1/files")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "mau.pdf", "application/pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
			.with(httpBasic(user, PASSWORD))).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString();
		return com.jayway.jsonpath.JsonPath.read(json, "$.id");
	}

	@Test
	void aPaperCanCarryAStoredBlankFormOfTheSameAgency() throws Exception {
		String ours = upload("quantri");
		String theirs = upload("quantri.stp");
		String template = """
				{"code": "%s", "name": "Thủ tục có tờ khai", "agencyCode": "SNV-HT", "validFrom": "2021-01-01",
				 "processingTime": {"amount": 3, "unit": "WORKING_DAY"}, "onlineMode": "FULL",
				 "components": [{"code": "TK", "name": "Tờ khai", "paperType": "ORIGINAL", "templateFileId": "%s"},
				                {"code": "BS", "name": "Bản sao hộ chiếu", "paperType": "CERTIFIED_COPY", "copies": 2}]}""";
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON)
			.content(template.formatted("V.000020", theirs)).with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("components[0].templateFileId"));
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON)
			.content(template.formatted("V.000020", ours)).with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.components[0].templateName").value("mau.pdf"))
			.andExpect(jsonPath("$.components[1].paperType").value("CERTIFIED_COPY"))
			.andExpect(jsonPath("$.components[1].copies").value(2));
		mvc.perform(get("/thu-tuc/V.000020/mau/TK")).andExpect(status().isOk())
			.andExpect(content().string(containsString("%PDF-1.4")));
	}

	@Test
	void theCitizenPageShowsPapersFeesTimeAndWhereToSubmit() throws Exception {
		mvc.perform(get("/thu-tuc/LS.000001"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Chứng nhận lãnh sự, hợp pháp hóa lãnh sự"),
					containsString("30.000 đồng"), containsString("7 ngày làm việc"), containsString("Giấy tờ cần nộp"))));
	}
}
