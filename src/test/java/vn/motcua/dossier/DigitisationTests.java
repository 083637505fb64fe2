package vn.motcua.dossier;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import vn.motcua.shared.VietnamTime;

/**
 * Digitisation (Decree 107/2021, Đề án 468): a paper scanned later, a paper reused from the same applicant's earlier
 * dossier (found by ID number), and the per-procedure report (form SO-HOA) and 766 indicators that count them.
 */
@MotCuaTest
class DigitisationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void laterScansAndReusedPapersAreCountedByTheReportAndTheIndex() throws Exception {
		call(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "SH.000001", "name": "Thủ tục số hóa thử", "fieldCode": "DOI_NGOAI", "agencyCode": "SNV-HT",
				 "processingTime": {"amount": 5, "unit": "WORKING_DAY"},
				 "components": [{"code": "TK", "name": "Tờ khai", "required": true, "copies": 1},
				                {"code": "AN", "name": "Ảnh 4x6", "required": true, "copies": 1}],
				 "validFrom": "2020-01-01"}"""), 201);
		String file = scan();
		String first = JsonPath.read(desk(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content("""
				{"procedureCode": "SH.000001", "channel": "DIRECT",
				 "applicant": {"fullName": "Trần Thị Số", "idNumber": "079099990123"},
				 "components": [{"code": "TK", "original": true, "copies": 1, "fileIds": ["%s"]},
				                {"code": "AN", "original": true, "copies": 1}]}""".formatted(file)), 201), "$.code");
		call(post("/api/v1/dossiers/{c}/actions", first).contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"COMPLETE\", \"resultFileId\": \"" + file + "\"}"), 200);
		String other = JsonPath.read(desk(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content("""
				{"procedureCode": "SH.000001", "channel": "DIRECT",
				 "applicant": {"fullName": "Người khác", "idNumber": "079099990999"},
				 "components": [{"code": "TK", "original": true, "copies": 1, "fileIds": ["%s"]},
				                {"code": "AN", "original": true, "copies": 1}]}""".formatted(file)), 201), "$.code");
		String second = JsonPath.read(desk(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content("""
				{"procedureCode": "SH.000001", "channel": "ONLINE",
				 "applicant": {"fullName": "Trần Thị Số", "idNumber": "079099990123"},
				 "components": [{"code": "TK", "original": true, "copies": 1},
				                {"code": "AN", "original": true, "copies": 1}]}"""), 201), "$.code");

		String reusable = call(get("/api/v1/dossiers/{c}/reusable-papers", second), 200);
		assertThat(JsonPath.<List<String>>read(reusable, "$[*].dossierCode")).containsExactly(first);
		assertThat(JsonPath.<List<String>>read(reusable, "$[*].componentCode")).containsExactly("TK");
		mvc.perform(post("/api/v1/dossiers/{c}/components/TK/reuse", second).contentType(MediaType.APPLICATION_JSON)
			.content("{\"fromDossier\": \"" + other + "\"}").with(httpBasic("admin", "MotCua@2026")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("fromDossier"));
		call(post("/api/v1/dossiers/{c}/components/TK/reuse", second).contentType(MediaType.APPLICATION_JSON)
			.content("{\"fromDossier\": \"" + first + "\"}"), 200);
		String after = call(post("/api/v1/dossiers/{c}/components/AN/digitise", second)
			.contentType(MediaType.APPLICATION_JSON).content("{\"fileIds\": [\"" + file + "\"]}"), 200);
		assertThat(JsonPath.<List<Boolean>>read(after, "$.components[*].digitised")).containsExactly(true, true);
		assertThat(JsonPath.<List<Boolean>>read(after, "$.components[*].reused")).containsExactly(true, false);
		mvc.perform(post("/api/v1/dossiers/{c}/components/XX/digitise", second).contentType(MediaType.APPLICATION_JSON)
			.content("{\"fileIds\": [\"" + file + "\"]}").with(httpBasic("admin", "MotCua@2026")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("componentCode"));

		String today = java.time.LocalDate.now(VietnamTime.ZONE).toString();
		String report = call(get("/api/v1/reports/SO-HOA").param("agency", "SNV-HT").param("from", today).param("to", today), 200);
		// received 3; fully digitised: the second only; reuse: the second; results 1, digitised 1
		assertThat(JsonPath.<List<Map<String, Integer>>>read(report, "$.rows[?(@.code == 'SH.000001')].cells"))
			.singleElement()
			.isEqualTo(Map.of("3", 3, "4", 1, "5", 1, "6", 1, "7", 1, "8", 0, "9", 1));
		String cell = call(get("/api/v1/reports/SO-HOA/cells").param("agency", "SNV-HT").param("from", today)
			.param("to", today).param("row", "SH.000001").param("column", "5"), 200);
		assertThat(JsonPath.<List<String>>read(cell, "$[*].code")).containsExactly(second);
		// the 766 indicator 4.3 counts the same dossiers
		String index = call(get("/api/v1/indices/766/cells").param("agency", "SNV-HT").param("from", today)
			.param("to", today).param("id", "4.3"), 200);
		assertThat(JsonPath.<List<Boolean>>read(index, "$[?(@.code == '" + second + "')].counted")).containsExactly(true);
		assertThat(JsonPath.<List<Boolean>>read(index, "$[?(@.code == '" + first + "')].counted")).containsExactly(false);
	}

	@Test
	void electronicResultsAndScannedPaperResultsAreCountedApart() throws Exception {
		call(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "SH.000002", "name": "Thủ tục kết quả điện tử thử", "fieldCode": "DOI_NGOAI",
				 "agencyCode": "SNV-HT", "processingTime": {"amount": 5, "unit": "WORKING_DAY"},
				 "validFrom": "2020-01-01"}"""), 201);
		byte[] png = java.util.Base64.getDecoder().decode(
				"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
		String file = JsonPath.read(mvc.perform(multipart("/api/v1/files")
			.file(new MockMultipartFile("file", "ket-qua.png", "image/png", png))
			.with(httpBasic("motcua", "MotCua@2026"))).andReturn().getResponse().getContentAsString(), "$.id");
		String body = """
				{"procedureCode": "SH.000002", "channel": "DIRECT", "applicant": {"fullName": "Người nhận kết quả"}}""";
		String signed = JsonPath.read(desk(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content(body), 201), "$.code");
		String scanned = JsonPath.read(desk(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content(body), 201), "$.code");
		String later = JsonPath.read(desk(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content(body), 201), "$.code");
		// a form without a file, or a result digitised before there is a result, is refused
		mvc.perform(post("/api/v1/dossiers/{c}/actions", signed).contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"COMPLETE\", \"resultForm\": \"ELECTRONIC\"}").with(httpBasic("admin", "MotCua@2026")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("resultForm"));
		mvc.perform(post("/api/v1/dossiers/{c}/result/digitise", later).contentType(MediaType.APPLICATION_JSON)
			.content("{\"fileId\": \"" + file + "\", \"form\": \"SCANNED\"}").with(httpBasic("admin", "MotCua@2026")))
			.andExpect(status().isConflict());
		String done = call(post("/api/v1/dossiers/{c}/actions", signed).contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"COMPLETE\", \"resultFileId\": \"" + file + "\", \"resultForm\": \"ELECTRONIC\"}"), 200);
		assertThat((String) JsonPath.read(done, "$.resultForm")).isEqualTo("ELECTRONIC");
		call(post("/api/v1/dossiers/{c}/actions", scanned).contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"COMPLETE\", \"resultFileId\": \"" + file + "\"}"), 200);
		call(post("/api/v1/dossiers/{c}/actions", later).contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"COMPLETE\"}"), 200);
		// the paper result of the third is scanned after completion (digitise endpoint); a wrong form is a 422
		mvc.perform(post("/api/v1/dossiers/{c}/result/digitise", later).contentType(MediaType.APPLICATION_JSON)
			.content("{\"fileId\": \"" + file + "\", \"form\": \"PAPER\"}").with(httpBasic("admin", "MotCua@2026")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("resultForm"));
		String digitised = desk(post("/api/v1/dossiers/{c}/result/digitise", later).contentType(MediaType.APPLICATION_JSON)
			.content("{\"fileId\": \"" + file + "\", \"form\": \"SCANNED\"}"), 200);
		assertThat((String) JsonPath.read(digitised, "$.resultForm")).isEqualTo("SCANNED");

		String today = java.time.LocalDate.now(vn.motcua.shared.VietnamTime.ZONE).toString();
		String report = call(get("/api/v1/reports/SO-HOA").param("agency", "SNV-HT").param("from", today).param("to", today), 200);
		// results 3: digitised 3 = electronic 1 + scanned 2
		assertThat(JsonPath.<List<Map<String, Integer>>>read(report, "$.rows[?(@.code == 'SH.000002')].cells"))
			.singleElement()
			.satisfies(cells -> assertThat(cells).containsEntry("6", 3).containsEntry("7", 3).containsEntry("8", 1)
				.containsEntry("9", 2));
		String electronic = call(get("/api/v1/reports/SO-HOA/cells").param("agency", "SNV-HT").param("from", today)
			.param("to", today).param("row", "SH.000002").param("column", "8"), 200);
		assertThat(JsonPath.<List<String>>read(electronic, "$[*].code")).containsExactly(signed);
		String index = call(get("/api/v1/indices/766/cells").param("agency", "SNV-HT").param("from", today)
			.param("to", today).param("id", "4.1"), 200);
		assertThat(JsonPath.<List<Boolean>>read(index, "$[?(@.code == '" + later + "')].counted")).containsExactly(true);
	}

	/**
	 * Papers are offered from the applicant's 50 latest other dossiers only, so that a dossier page costs the same for
	 * an applicant with thousands of dossiers (a representative of an organisation): older ones are neither listed
	 * nor reusable.
	 */
	@Test
	void papersComeFromTheApplicantsFiftyLatestDossiers() throws Exception {
		call(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "SH.000003", "name": "Thủ tục số hóa nhiều hồ sơ", "fieldCode": "DOI_NGOAI", "agencyCode": "SNV-HT",
				 "processingTime": {"amount": 5, "unit": "WORKING_DAY"},
				 "components": [{"code": "TK", "name": "Tờ khai", "required": true, "copies": 1}],
				 "validFrom": "2020-01-01"}"""), 201);
		String file = scan();
		String scanned = intake("079099990456", file);
		String next = intake("079099990456", null);
		assertThat(JsonPath.<List<String>>read(call(get("/api/v1/dossiers/{c}/reusable-papers", next), 200),
				"$[*].dossierCode")).containsExactly(scanned);
		for (int i = 0; i < DossierManagement.REUSE_FROM_LATEST; i++) {
			intake("079099990456", null);
		}
		String latest = intake("079099990456", null);
		// the scanned one is now the 52nd latest of the applicant's dossiers, the 51st other than this one
		assertThat(JsonPath.<List<String>>read(call(get("/api/v1/dossiers/{c}/reusable-papers", latest), 200), "$"))
			.isEmpty();
		mvc.perform(post("/api/v1/dossiers/{c}/components/TK/reuse", latest).contentType(MediaType.APPLICATION_JSON)
			.content("{\"fromDossier\": \"" + scanned + "\"}").with(httpBasic("admin", "MotCua@2026")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("fromDossier"));
	}

	/**
	 * The desk of one agency is not offered the papers of another agency's dossier of the same applicant, while a
	 * user who sees every agency is; the bound counts the applicant's dossiers wherever they were filed.
	 */
	@Test
	void papersOfAnotherAgencysDossiersAreOfferedOnlyToThoseWhoSeeIt() throws Exception {
		vn.motcua.shared.SystemTask.run(() -> {
			agencies.create(new vn.motcua.identity.AgencyManagement.AgencyCommand("SNV-SH2", "Sở Ngoại vụ số hóa thử",
					null, "000.00.48.H93", "PROVINCE", "UBND-HT", null, null, null, true));
			users.create(new vn.motcua.identity.UserManagement.UserCommand("motcua.sh2", "Cán bộ số hóa thử", null,
					"MotCua@2026", "SNV-SH2", List.of("RECEPTION_OFFICER"), true));
		});
		for (String[] p : new String[][] { { "SH.000004", "SNV-SH2" }, { "SH.000005", "SNV-HT" } }) {
			call(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content("""
					{"code": "%s", "name": "Thủ tục số hóa hai đơn vị", "fieldCode": "DOI_NGOAI", "agencyCode": "%s",
					 "processingTime": {"amount": 5, "unit": "WORKING_DAY"},
					 "components": [{"code": "TK", "name": "Tờ khai", "required": true, "copies": 1}],
					 "validFrom": "2020-01-01"}""".formatted(p[0], p[1])), 201);
		}
		String elsewhere = intake("SH.000004", "079099990789", scan("motcua.sh2"), "motcua.sh2");
		String here = intake("SH.000005", "079099990789", null, "motcua");
		assertThat(JsonPath.<List<String>>read(desk(get("/api/v1/dossiers/{c}/reusable-papers", here), 200), "$"))
			.isEmpty();
		assertThat(JsonPath.<List<String>>read(call(get("/api/v1/dossiers/{c}/reusable-papers", here), 200),
				"$[*].dossierCode")).containsExactly(elsewhere);
	}

	@Autowired
	vn.motcua.identity.AgencyManagement agencies;

	@Autowired
	vn.motcua.identity.UserManagement users;

	/** A one-pixel PNG uploaded by the desk: the scan of a paper. */
	private String scan() throws Exception {
		return scan("motcua");
	}

	private String scan(String username) throws Exception {
		byte[] png = java.util.Base64.getDecoder().decode(
				"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
		return JsonPath.read(mvc.perform(multipart("/api/v1/files")
			.file(new MockMultipartFile("file", "to-khai.png", "image/png", png))
			.with(httpBasic(username, "MotCua@2026"))).andReturn().getResponse().getContentAsString(), "$.id");
	}

	private String intake(String idNumber, @org.jspecify.annotations.Nullable String file) throws Exception {
		return intake("SH.000003", idNumber, file, "motcua");
	}

	private String intake(String procedure, String idNumber, @org.jspecify.annotations.Nullable String file,
			String username) throws Exception {
		String files = file == null ? "" : ", \"fileIds\": [\"" + file + "\"]";
		return JsonPath.read(mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content("""
				{"procedureCode": "%s", "channel": "DIRECT",
				 "applicant": {"fullName": "Người đại diện tổ chức", "idNumber": "%s"},
				 "components": [{"code": "TK", "original": true, "copies": 1%s}]}""".formatted(procedure, idNumber, files))
			.with(httpBasic(username, "MotCua@2026")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "$.code");
	}

	private String desk(MockHttpServletRequestBuilder request, int expected) throws Exception {
		return mvc.perform(request.with(httpBasic("motcua", "MotCua@2026")))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private String call(MockHttpServletRequestBuilder request, int expected) throws Exception {
		return mvc.perform(request.with(httpBasic("admin", "MotCua@2026")))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}
}
