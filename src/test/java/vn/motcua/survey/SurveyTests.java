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
