package vn.motcua.survey;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The periodic satisfaction survey: responses recorded with a score per question (bad input named per field), counted
 * by form KHAO-SAT, printed in the quarterly narrative (I.7) and shown on the 766 scorecard as monitoring figure 5.5.
 */
@MotCuaTest
class SurveyTests {

	@Autowired
	MockMvc mvc;

	@Test
	void responsesAreCountedByTheFormTheNarrativeAndTheScorecard() throws Exception {
		call(post("/api/v1/agencies").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "SNV-KS", "name": "Sở Ngoại vụ khảo sát", "identifierCode": "000.00.48.H94", "level": "PROVINCE"}"""),
				201);
		call(response("Nguyễn Văn Một", 5, 4, 4, 5, 5), 201);
		call(response("Lê Thị Hai", 4, 4, 4, 4, 4), 201);
		String third = call(response("Trần Văn Ba", 3, 2, 3, 4, 3), 201);
		assertThat((Boolean) JsonPath.read(third, "$.satisfied")).isFalse();
		assertThat((Double) JsonPath.read(third, "$.average")).isEqualTo(3.0);

		mvc.perform(post("/api/v1/surveys").contentType(MediaType.APPLICATION_JSON).content("""
				{"agencyCode": "SNV-KS", "respondent": "Thiếu điểm", "surveyedAt": "2026-05-20T09:00:00+07:00",
				 "scores": {"Q1": 5, "Q2": 6, "Q4": 4, "Q5": 4, "Q9": 1}}""").with(httpBasic("admin", "MotCua@2026")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("scores.Q2",
					"scores.Q3", "scores.Q9")));
		mvc.perform(post("/api/v1/surveys").contentType(MediaType.APPLICATION_JSON).content("""
				{"agencyCode": "SNV-KS", "respondent": "Tương lai", "surveyedAt": "2099-05-20T09:00:00+07:00",
				 "scores": {"Q1": 5, "Q2": 5, "Q3": 5, "Q4": 4, "Q5": 4}}""").with(httpBasic("admin", "MotCua@2026")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("surveyedAt"));

		assertThat(JsonPath.<List<String>>read(call(get("/api/v1/surveys").param("agency", "SNV-KS"), 200),
				"$[*].respondent")).containsExactlyInAnyOrder("Nguyễn Văn Một", "Lê Thị Hai", "Trần Văn Ba");
		String form = call(get("/api/v1/reports/KHAO-SAT").param("agency", "SNV-KS").param("period", "2026-Q2"), 200);
		assertThat(JsonPath.<Map<String, Integer>>read(form, "$.total.cells"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("3", 3, "4", 2, "5", 1));
		assertThat(JsonPath.<List<String>>read(call(get("/api/v1/reports/KHAO-SAT/cells").param("agency", "SNV-KS")
			.param("period", "2026-Q2").param("column", "5"), 200), "$[*].reason"))
			.containsExactly("Điểm trung bình dưới 4: chưa hài lòng");
		String narrative = call(get("/api/v1/reports/QUARTERLY").param("agency", "SNV-KS").param("period", "2026-Q2")
			.param("format", "json"), 200);
		assertThat(JsonPath.<List<String>>read(narrative, "$.sections[?(@.key == 'I.7')].figures[1]"))
			.containsExactly("Lấy ý kiến đánh giá mức độ hài lòng của 03 khách hàng; trong đó hài lòng: 02, chưa hài lòng: 01");
		String index = call(get("/api/v1/indices/766").param("agency", "SNV-KS").param("period", "2026-Q2"), 200);
		assertThat(JsonPath.<List<Integer>>read(index, "$.groups[4].indicators[?(@.id == '5.5')].numerator"))
			.containsExactly(2);
		assertThat(JsonPath.<List<Boolean>>read(index, "$.groups[4].indicators[?(@.id == '5.5')].belowThreshold"))
			.containsExactly(true);
	}

	@Test
	void theQuarterOfTheSurveyDayClosesItsResponses() {
		assertThat(SurveyManagement.periodEnd(java.time.LocalDate.of(2026, 12, 20))).isEqualTo("2027-03-14");
		assertThat(SurveyManagement.periodEnd(java.time.LocalDate.of(2026, 3, 15))).isEqualTo("2026-06-14");
		assertThat(SurveyManagement.periodEnd(java.time.LocalDate.of(2026, 6, 14))).isEqualTo("2026-06-14");
		assertThat(SurveyManagement.periodEnd(java.time.LocalDate.of(2026, 1, 5))).isEqualTo("2026-03-14");
	}

	@Test
	void thePageCorrectsAResponseUntilItsQuarterCloses() throws Exception {
		call(post("/api/v1/agencies").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "SNV-KS2", "name": "Sở Ngoại vụ khảo sát trang", "identifierCode": "000.00.49.H94",
				 "level": "PROVINCE"}"""), 201);
		java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusMinutes(5);
		String open = call(post("/api/v1/surveys").contentType(MediaType.APPLICATION_JSON).content("""
				{"agencyCode": "SNV-KS2", "respondent": "Phiếu kỳ này", "surveyedAt": "%s",
				 "scores": {"Q1": 3, "Q2": 3, "Q3": 3, "Q4": 3, "Q5": 3}}""".formatted(now)), 201);
		String closed = call(post("/api/v1/surveys").contentType(MediaType.APPLICATION_JSON).content("""
				{"agencyCode": "SNV-KS2", "respondent": "Phiếu kỳ trước", "surveyedAt": "2025-05-20T09:00:00+07:00",
				 "scores": {"Q1": 3, "Q2": 3, "Q3": 3, "Q4": 3, "Q5": 3}}"""), 201);
		String list = page(get("/khao-sat").param("agency", "SNV-KS2")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(list).contains("Phiếu kỳ này").contains("Phiếu kỳ trước").contains("Kỳ đã kết thúc");
		page(edit(JsonPath.read(open, "$.id"), "Phiếu kỳ này", 5)).andExpect(status().is3xxRedirection());
		assertThat(JsonPath.<List<Double>>read(call(get("/api/v1/surveys").param("agency", "SNV-KS2"), 200),
				"$[?(@.respondent == 'Phiếu kỳ này')].average")).containsExactly(5.0);
		String refused = page(edit(JsonPath.read(closed, "$.id"), "Phiếu kỳ trước", 5)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(refused).contains("không sửa được nữa");
		assertThat(JsonPath.<List<Double>>read(call(get("/api/v1/surveys").param("agency", "SNV-KS2"), 200),
				"$[?(@.respondent == 'Phiếu kỳ trước')].average")).containsExactly(3.0);
		String missing = page(edit(JsonPath.read(open, "$.id"), "", 5)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(missing).contains("Cần tên người được khảo sát");
		// a question left unanswered: its message beside that question, the answers given still ticked
		String unanswered = page(edit(JsonPath.read(open, "$.id"), "Phiếu kỳ này", 4, "Q1", "Q2", "Q4", "Q5"))
			.andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(unanswered).containsPattern("(?s)<fieldset class=\"field has-error\">\\s*<legend>Q3\\.[^<]*</legend>"
				+ "(?:(?!</fieldset>).)*<p class=\"error\" role=\"alert\">Cần điểm từ 1 đến 5 cho câu hỏi Q3</p>")
			.containsPattern("name=\"scores\\[Q1]\" value=\"4\" checked")
			.contains("name=\"respondent\" value=\"Phiếu kỳ n&agrave;y\"");
		assertThat(JsonPath.<List<Double>>read(call(get("/api/v1/surveys").param("agency", "SNV-KS2"), 200),
				"$[?(@.respondent == 'Phiếu kỳ này')].average")).containsExactly(5.0);
	}

	private MockHttpServletRequestBuilder edit(String id, String who, int score) {
		return edit(id, who, score, "Q1", "Q2", "Q3", "Q4", "Q5");
	}

	private MockHttpServletRequestBuilder edit(String id, String who, int score, String... questions) {
		MockHttpServletRequestBuilder request = post("/khao-sat/{id}", id).param("agencyCode", "SNV-KS2")
			.param("respondent", who)
			.param("surveyedAt", java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusMinutes(1)
				.withSecond(0).withNano(0).toString());
		for (String q : questions) {
			request.param("scores[" + q + "]", String.valueOf(score));
		}
		return request;
	}

	private org.springframework.test.web.servlet.ResultActions page(MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user("admin").roles("SYSTEM_ADMIN"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
	}

	private MockHttpServletRequestBuilder response(String who, int... scores) {
		return post("/api/v1/surveys").contentType(MediaType.APPLICATION_JSON).content("""
				{"agencyCode": "SNV-KS", "respondent": "%s", "surveyedAt": "2026-05-20T09:%02d:00+07:00",
				 "scores": {"Q1": %d, "Q2": %d, "Q3": %d, "Q4": %d, "Q5": %d}}""".formatted(who, scores[0] + scores[1],
				scores[0], scores[1], scores[2], scores[3], scores[4]));
	}

	private String call(MockHttpServletRequestBuilder request, int expected) throws Exception {
		return mvc.perform(request.with(httpBasic("admin", "MotCua@2026")))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}
}
