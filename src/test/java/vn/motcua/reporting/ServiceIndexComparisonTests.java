package vn.motcua.reporting;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.motcua.reporting.ServiceIndexIndicatorsTests.e;

/**
 * The province comparison of the Decision 766 index reads every source once for all the agencies and counts per
 * subtree; each agency's figures must equal that agency's own scorecard. Province UBND-SS with two agencies under it,
 * SNV-SS (with PNV-SS under it) and STP-SS, each with its own procedures, publication decisions, dossiers, feedback
 * and periodic survey in quarter II/2026, so that every source gives different figures to each side.
 */
@MotCuaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceIndexComparisonTests {

	static final String PERIOD = "2026-Q2";

	@Autowired
	MockMvc mvc;

	@Autowired
	vn.motcua.outbox.OutboxSender sender;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@BeforeAll
	void data() throws Exception {
		agency("UBND-SS", "UBND tỉnh so sánh", "000.00.00.H71", null);
		agency("SNV-SS", "Sở Ngoại vụ so sánh", "000.00.46.H71", "UBND-SS");
		agency("PNV-SS", "Phòng Lãnh sự so sánh", "000.46.01.H71", "SNV-SS");
		agency("STP-SS", "Sở Tư pháp so sánh", "000.00.47.H71", "UBND-SS");
		procedure("SS.000001", "SNV-SS", "FULL", true, "2026-05-20");
		procedure("SS.000002", "PNV-SS", "PARTIAL", false, "2026-05-20");
		procedure("SS.000003", "STP-SS", "NONE", true, "2026-05-14");
		procedure("SS.000004", "STP-SS", "FULL", false, "2026-05-20");
		decision("21/QĐ-SS", "SNV-SS", "2026-05-11", "2026-05-15", "SS.000001");
		decision("22/QĐ-SS", "PNV-SS", "2026-05-11", "2026-05-25", "SS.000002");
		decision("23/QĐ-SS", "STP-SS", "2026-05-11", "2026-05-15", "SS.000003", "SS.000004");
		admin(post("/api/v1/dossiers/import").contentType(MediaType.APPLICATION_JSON).content("{\"dossiers\": ["
				+ String.join(", ", dossier("SS-1", "SS.000001", "ONLINE", "2026-05-27"),
						dossier("SS-2", "SS.000001", "DIRECT", "2026-06-12"),
						dossier("SS-3", "SS.000002", "ONLINE", "2026-05-28"),
						dossier("SS-4", "SS.000002", "POSTAL", null),
						dossier("SS-5", "SS.000004", "ONLINE", "2026-06-15"),
						dossier("SS-6", "SS.000003", "DIRECT", "2026-05-26"))
				+ "]}"), 200);
		admin(post("/api/v1/feedback/import").contentType(MediaType.APPLICATION_JSON).content("{\"feedback\": ["
				+ String.join(", ",
						feedback("A", "SNV-SS", "REGULATION", "0912000001", "2026-05-04",
								e("RESOLVE", "2026-05-12", "\"answer\": \"Trả lời A\""), e("PUBLISH", "2026-05-13", "")),
						feedback("B", "PNV-SS", "BEHAVIOUR", "0912000002", "2026-05-04",
								e("RESOLVE", "2026-06-01", "\"answer\": \"Trả lời B\"")),
						feedback("C", "STP-SS", "REGULATION", "0912000003", "2026-05-06",
								e("RESOLVE", "2026-05-08", "\"answer\": \"Trả lời C\""), e("PUBLISH", "2026-05-11", ""),
								e("RATE", "2026-05-12", "\"satisfaction\": \"DISSATISFIED\"")),
						feedback("D", "STP-SS", "BEHAVIOUR", "0912000004", "2026-05-06",
								e("REFUSE", "2026-05-07", "\"reason\": \"Không thuộc phạm vi\"")))
				+ "]}"), 200);
		survey("SNV-SS", 5);
		survey("PNV-SS", 3);
		survey("STP-SS", 4);
		survey("STP-SS", 2);
		vn.motcua.PortalDeliveries.deliverAll(sender, jdbc);
	}

	@Test
	void eachAgencyOfTheComparisonEqualsItsOwnScorecard() throws Exception {
		List<Map<String, Object>> side = JsonPath.read(
				admin(get("/api/v1/indices/766/agencies").param("agency", "UBND-SS").param("period", PERIOD), 200), "$");
		assertThat(side).extracting(c -> c.get("agency")).containsExactly("SNV-SS", "STP-SS");
		for (Map<String, Object> card : side) {
			Map<String, Object> own = JsonPath.read(admin(get("/api/v1/indices/766")
				.param("agency", (String) card.get("agency")).param("period", PERIOD), 200), "$");
			assertThat(card).as((String) card.get("agency")).isEqualTo(own);
		}
		// the figures differ per side and SNV-SS counts PNV-SS under it: the comparison is not one agency repeated
		assertThat(figure(side.get(0), "3.3")).containsExactly(2, 4);
		assertThat(figure(side.get(1), "3.3")).containsExactly(1, 2);
		assertThat(figure(side.get(0), "3.1")).containsExactly(2, 2);
		assertThat(figure(side.get(1), "3.1")).containsExactly(1, 2);
		assertThat(figure(side.get(0), "1.2")).containsExactly(1, 2);
		assertThat(figure(side.get(1), "1.2")).containsExactly(2, 2);
		assertThat(figure(side.get(0), "5.1")).containsExactly(1, 2);
		assertThat(figure(side.get(1), "5.1")).containsExactly(1, 2);
		assertThat(figure(side.get(0), "1.4")).containsExactly(4, 4);
		assertThat(figure(side.get(1), "1.4")).containsExactly(2, 2);
	}

	@Test
	void aProvinceWithoutAgenciesUnderItShowsItsOwnScorecard() throws Exception {
		List<Map<String, Object>> side = JsonPath.read(
				admin(get("/api/v1/indices/766/agencies").param("agency", "PNV-SS").param("period", PERIOD), 200), "$");
		Map<String, Object> own = JsonPath.read(
				admin(get("/api/v1/indices/766").param("agency", "PNV-SS").param("period", PERIOD), 200), "$");
		assertThat(side).containsExactly(own);
		assertThat(figure(own, "3.3")).containsExactly(1, 2);
	}

	/** Numerator and denominator of indicator {@code id} of a scorecard. */
	private static List<Object> figure(Map<String, Object> card, String id) {
		List<Map<String, Object>> found = JsonPath.read(card, "$.groups[*].indicators[?(@.id == '" + id + "')]");
		assertThat(found).as("indicator " + id).hasSize(1);
		return List.of(found.get(0).get("numerator"), found.get(0).get("denominator"));
	}

	private void agency(String code, String name, String identifier, String parent) throws Exception {
		admin(post("/api/v1/agencies").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%s", "name": "%s", "identifierCode": "%s", "level": "PROVINCE"%s}"""
			.formatted(code, name, identifier, parent == null ? "" : ", \"parentCode\": \"" + parent + "\"")), 201);
	}

	private void procedure(String code, String agency, String online, boolean fee, String validFrom) throws Exception {
		admin(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%s", "name": "Thủ tục so sánh %s", "fieldCode": "DOI_NGOAI", "agencyCode": "%s",
				 "origin": "LOCAL", "processingTime": {"amount": 5, "unit": "WORKING_DAY"}, "onlineMode": "%s",
				 %s "components": [{"code": "TK", "name": "Tờ khai", "required": true, "copies": 1}],
				 "validFrom": "%s", "status": "DRAFT", "legalBasis": "Thông tư 01/2026/TT-BNG",
				 "whereToSubmit": "Bộ phận Một cửa", "applicantTypes": ["CITIZEN"], "resultName": "Văn bản"}"""
			.formatted(code, code, agency, online,
					(fee ? "\"fees\": [{\"name\": \"Lệ phí\", \"amountVnd\": 30000}]," : "")
							+ ("PARTIAL".equals(online) ? "\"onlineReason\": \"Phải nộp bản gốc\"," : ""),
					validFrom)), 201);
	}

	private void decision(String number, String agency, String signedOn, String disclosedOn, String... codes)
			throws Exception {
		StringBuilder procedures = new StringBuilder();
		for (String code : codes) {
			procedures.append(procedures.isEmpty() ? "" : ", ").append("{\"code\": \"" + code + "\", \"change\": \"NEW\"}");
		}
		String decision = admin(post("/api/v1/publication-decisions").contentType(MediaType.APPLICATION_JSON).content("""
				{"number": "%s", "signedOn": "%s", "agencyCode": "%s", "procedures": [%s]}"""
			.formatted(number, signedOn, agency, procedures)), 201);
		admin(post("/api/v1/publication-decisions/{id}/disclosure", (String) JsonPath.read(decision, "$.id"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"disclosedOn\": \"" + disclosedOn + "\"}"), 200);
	}

	private static String dossier(String id, String procedure, String channel, String completed) {
		return """
				{"externalId": "%s", "procedureCode": "%s", "channel": "%s", "applicant": {"fullName": "Người nộp %s"},
				 "events": [{"action": "RECEIVE", "at": "2026-05-25T09:00:00+07:00"}%s]}"""
			.formatted(id, procedure, channel, id,
					completed == null ? "" : ", {\"action\": \"COMPLETE\", \"at\": \"" + completed + "T10:00:00+07:00\"}");
	}

	private static String feedback(String id, String agency, String kind, String phone, String received,
			String... events) {
		StringBuilder all = new StringBuilder("{\"action\": \"RECEIVE\", \"at\": \"" + received + "T09:00:00+07:00\"}");
		all.append(", ").append(e("CLASSIFY", received, "\"inScope\": true"));
		for (String event : events) {
			all.append(", ").append(event);
		}
		return """
				{"externalId": "SS-%s", "agencyCode": "%s", "channel": "LETTER",
				 "sender": {"name": "Người phản ánh %s", "phone": "%s"}, "content": "Nội dung %s",
				 "fieldCode": "DOI_NGOAI", "kind": "%s", "events": [%s]}""".formatted(id, agency, id, phone, id, kind, all);
	}

	private void survey(String agency, int score) throws Exception {
		admin(post("/api/v1/surveys").contentType(MediaType.APPLICATION_JSON).content("""
				{"agencyCode": "%s", "respondent": "Người được hỏi", "surveyedAt": "2026-05-20T10:00:00+07:00",
				 "scores": {"Q1": %d, "Q2": %d, "Q3": %d, "Q4": %d, "Q5": %d}}"""
			.formatted(agency, score, score, score, score, score)), 201);
	}

	private String admin(MockHttpServletRequestBuilder request, int expected) throws Exception {
		var response = mvc.perform(request.with(httpBasic("admin", "MotCua@2026"))).andReturn().getResponse();
		String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(body).isEqualTo(expected);
		return body;
	}
}
