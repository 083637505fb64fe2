package vn.motcua.reporting;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Forms II.03b (publication), II.07b (one-stop procedures) and II.08 (online services) on a known catalogue of an
 * agency of its own: three procedures at two levels, one publication decision signed in Q3/2021, online and desk
 * dossiers.
 */
@MotCuaTest
class CatalogueFormsTests {

	@Autowired
	MockMvc mvc;

	static List<String> dossiers;

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic("admin", "MotCua@2026"));
	}

	@BeforeEach
	void data() throws Exception {
		if (dossiers != null) {
			return;
		}
		mvc.perform(json(post("/api/v1/agencies"), """
				{"code": "SNV-CF", "name": "Sở Ngoại vụ biểu thử", "identifierCode": "000.00.55.H95", "level": "PROVINCE"}"""))
			.andExpect(status().isCreated());
		mvc.perform(json(post("/api/v1/procedures"), """
				{"code": "2.100001", "name": "Thủ tục toàn trình thử", "fieldCode": "DOI_NGOAI", "agencyCode": "SNV-CF",
				 "level": "PROVINCE", "processingTime": {"amount": 5, "unit": "WORKING_DAY"}, "onlineMode": "FULL",
				 "oneStop": true, "onTheSpot": true, "validFrom": "2021-01-01",
				 "internalProcess": [{"name": "Tiếp nhận", "role": "RECEPTION_OFFICER", "days": 1},
				                     {"name": "Thẩm định", "role": "PROCESSING_OFFICER", "days": 3},
				                     {"name": "Phê duyệt", "role": "AGENCY_HEAD", "days": 1}]}"""))
			.andExpect(status().isCreated());
		mvc.perform(json(post("/api/v1/procedures"), """
				{"code": "2.100002", "name": "Thủ tục một phần thử", "fieldCode": "DOI_NGOAI", "agencyCode": "SNV-CF",
				 "level": "PROVINCE", "processingTime": {"amount": 3, "unit": "WORKING_DAY"}, "onlineMode": "PARTIAL",
				 "onlineReason": "Cần nộp bản gốc", "oneStop": true, "onTheSpot": false, "validFrom": "2021-01-01"}"""))
			.andExpect(status().isCreated());
		mvc.perform(json(post("/api/v1/procedures"), """
				{"code": "CF.000003", "name": "Thủ tục cấp xã thử", "fieldCode": "LANH_SU", "agencyCode": "SNV-CF",
				 "level": "COMMUNE", "processingTime": {"amount": 3, "unit": "WORKING_DAY"}, "onlineMode": "NONE",
				 "oneStop": false, "validFrom": "2021-01-01"}"""))
			.andExpect(status().isCreated());
		mvc.perform(json(post("/api/v1/publication-decisions"), """
				{"number": "2449/QĐ-UBND", "signedOn": "2021-06-29", "agencyCode": "SNV-CF", "signer": "Chủ tịch UBND tỉnh",
				 "legalDocuments": ["Thông tư số 04/2020/TT-BNG"],
				 "procedures": [{"code": "2.100001", "change": "NEW"}, {"code": "2.100002", "change": "AMENDED"}]}"""))
			.andExpect(status().isCreated());
		String answer = mvc.perform(json(post("/api/v1/dossiers/import"), "{\"dossiers\": [" + String.join(",",
				Ii06aReportTests.history("CF1", "2.100001", "ONLINE", "2021-07-05T09:00:00+07:00", null, null),
				Ii06aReportTests.history("CF2", "2.100002", "ONLINE", "2021-07-06T09:00:00+07:00", null, null),
				Ii06aReportTests.history("CF3", "2.100001", "DIRECT", "2021-07-07T09:00:00+07:00", null, null)) + "]}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		dossiers = JsonPath.read(answer, "$.dossiers[*].code");
	}

	String form(String form, String period) throws Exception {
		return mvc.perform(get("/api/v1/reports/" + form).param("agency", "SNV-CF").param("period", period)
			.with(httpBasic("admin", "MotCua@2026")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.violations.length()").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	static Map<String, Integer> cells(String json, String path) {
		return JsonPath.read(json, path);
	}

	static Map<String, Integer> expected(int... pairs) {
		Map<String, Integer> m = new java.util.LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			m.put(Integer.toString(pairs[i]), pairs[i + 1]);
		}
		return m;
	}

	@Test
	void publicationCountsTheDecisionsOfThePeriodAndTheProceduresInForce() throws Exception {
		String q3 = form("II.03b", "2021-Q3");
		assertThat(cells(q3, "$.total.cells")).isEqualTo(expected(3, 1, 4, 1, 5, 2, 6, 1, 7, 1, 8, 0, 9, 2, 10, 0, 11, 3));
		assertThat((String) JsonPath.read(q3, "$.rows[0].label")).isEqualTo("Sở Ngoại vụ biểu thử");
		// the next quarter has no decision but the procedures stay in force
		assertThat(cells(form("II.03b", "2021-Q4"), "$.total.cells"))
			.isEqualTo(expected(3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8, 0, 9, 0, 10, 0, 11, 3));
		mvc.perform(get("/api/v1/reports/II.03b/cells").param("agency", "SNV-CF").param("period", "2021-Q3")
			.param("row", "SNV-CF").param("column", "6").with(httpBasic("admin", "MotCua@2026")))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].code").value("2.100001"))
			.andExpect(jsonPath("$[0].reason").value(containsString("2449/QĐ-UBND")));
	}

	@Test
	void oneStopCountsProceduresByLevelDeskProcessAndFourOnTheSpot() throws Exception {
		String q3 = form("II.07b", "2021-Q3");
		Map<String, Integer> doiNgoai = ((List<Map<String, Integer>>) JsonPath.read(q3,
				"$.rows[?(@.code == 'DOI_NGOAI')].cells")).get(0);
		assertThat(doiNgoai).containsEntry("3", 2).containsEntry("4", 2).containsEntry("7", 2).containsEntry("8", 2)
			.containsEntry("11", 1).containsEntry("12", 1).containsEntry("15", 1).containsEntry("16", 50);
		assertThat(cells(q3, "$.total.cells")).containsEntry("3", 3).containsEntry("6", 1).containsEntry("7", 2)
			.containsEntry("10", 0).containsEntry("16", 50);
		// district columns are marked obsolete for periods after 1/7/2025, not before
		mvc.perform(get("/bao-cao/II.07b").param("agency", "SNV-CF").param("period", "2026-Q3")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin")
				.roles("SYSTEM_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("Cấp huyện (không còn áp dụng từ 1/7/2025)")));
		mvc.perform(get("/bao-cao/II.07b").param("agency", "SNV-CF").param("period", "2021-Q3")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin")
				.roles("SYSTEM_ADMIN")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(not(containsString("không còn áp dụng"))));
	}

	@Test
	void onlineServicesCountProceduresByModeAndTheirOnlineDossiers() throws Exception {
		String q3 = form("II.08", "2021-Q3");
		Map<String, Integer> doiNgoai = ((List<Map<String, Integer>>) JsonPath.read(q3,
				"$.rows[?(@.code == 'DOI_NGOAI')].cells")).get(0);
		assertThat(doiNgoai).isEqualTo(expected(3, 1, 4, 1, 5, 1, 6, 1, 7, 1, 8, 1, 9, 1));
		assertThat(cells(q3, "$.total.cells")).containsEntry("9", 1).containsEntry("8", 1);
		mvc.perform(get("/api/v1/reports/II.08/cells").param("agency", "SNV-CF").param("period", "2021-Q3")
			.param("column", "8").with(httpBasic("admin", "MotCua@2026")))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].code").value(dossiers.get(0)));
	}
}
