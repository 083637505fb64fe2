package vn.motcua.feedback;

import java.util.LinkedHashMap;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Biểu II.05a on known histories imported through the API for an agency of its own, over three periods:
 * Q3/2025 (15/6–14/9/2025) with items carried over from Q2, Q4/2025 with items carried over from Q3, and the year
 * 2025 (15/12/2024–14/12/2025). Nine items:
 * <pre>
 *  A DOI_NGOAI  BEHAVIOUR  recv 05/05  answered 20/05                        (before Q3)
 *  B DOI_NGOAI  BEHAVIOUR  recv 02/06  answered 20/06, published 23/06       (carried into Q3, closed in Q3)
 *  C DOI_NGOAI  REGULATION recv 10/06  forwarded 12/06, never answered       (carried into Q3 and Q4, open)
 *  D DOI_NGOAI  REGULATION recv 01/07  answered 15/07                        (Q3, not published)
 *  E DOI_NGOAI  BEHAVIOUR  recv 01/08  refused 04/08                         (Q3, closed by refusal)
 *  F LANH_SU    BEHAVIOUR  recv 10/09  answered 20/09                        (Q3 open at the end; Q4 carried, closed)
 *  G LANH_SU    REGULATION recv 20/09  answered 01/10, published 20/12       (Q4; published after the year's end)
 *  H DOI_NGOAI  BEHAVIOUR  recv 07/07  info asked and received, answered 30/07, published 01/08, rated
 *  I (no field) REGULATION recv 15/08  open
 * </pre>
 */
@MotCuaTest
class Ii05aReportTests {

	static final String PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	FeedbackStatistics statistics;

	@Autowired
	vn.motcua.identity.AgencyDirectory agencies;

	static boolean loaded;

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic("admin", PASSWORD));
	}

	@BeforeEach
	void data() throws Exception {
		if (loaded) {
			return;
		}
		mvc.perform(json(post("/api/v1/agencies"), """
				{"code": "SNV-PK", "name": "Sở Ngoại vụ phản ánh thử", "identifierCode": "000.00.77.H77",
				 "level": "PROVINCE"}""")).andExpect(status().isCreated());
		String classify = "\"inScope\": true";
		mvc.perform(json(post("/api/v1/feedback/import"), "{\"feedback\": [%s]}".formatted(String.join(", ",
				item("A", "DOI_NGOAI", "BEHAVIOUR", "2025-05-05", e("CLASSIFY", "2025-05-06", classify),
						e("RESOLVE", "2025-05-20", "\"answer\": \"Trả lời A\"")),
				item("B", "DOI_NGOAI", "BEHAVIOUR", "2025-06-02", e("CLASSIFY", "2025-06-03", classify),
						e("RESOLVE", "2025-06-20", "\"answer\": \"Trả lời B\""), e("PUBLISH", "2025-06-23", "")),
				item("C", "DOI_NGOAI", "REGULATION", "2025-06-10", e("CLASSIFY", "2025-06-11", "\"inScope\": false"),
						e("FORWARD", "2025-06-12", "\"target\": \"Bộ Ngoại giao\"")),
				item("D", "DOI_NGOAI", "REGULATION", "2025-07-01", e("CLASSIFY", "2025-07-02", classify),
						e("RESOLVE", "2025-07-15", "\"answer\": \"Trả lời D\"")),
				item("E", "DOI_NGOAI", "BEHAVIOUR", "2025-08-01", e("REFUSE", "2025-08-04", "\"reason\": \"Không rõ nội dung\"")),
				item("F", "LANH_SU", "BEHAVIOUR", "2025-09-10", e("CLASSIFY", "2025-09-11", classify),
						e("RESOLVE", "2025-09-20", "\"answer\": \"Trả lời F\"")),
				item("G", "LANH_SU", "REGULATION", "2025-09-20", e("CLASSIFY", "2025-09-22", classify),
						e("RESOLVE", "2025-10-01", "\"answer\": \"Trả lời G\""), e("PUBLISH", "2025-12-20", "")),
				item("H", "DOI_NGOAI", "BEHAVIOUR", "2025-07-07", e("CLASSIFY", "2025-07-07", classify),
						e("REQUEST_INFO", "2025-07-08", "\"note\": \"Cần ngày nộp hồ sơ\""),
						e("INFO_RECEIVED", "2025-07-20", ""), e("RESOLVE", "2025-07-30", "\"answer\": \"Trả lời H\""),
						e("PUBLISH", "2025-08-01", ""), e("RATE", "2025-08-02", "\"satisfaction\": \"SATISFIED\"")),
				item("I", null, "REGULATION", "2025-08-15")))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(9));
		loaded = true;
	}

	static String e(String action, String day, String extra) {
		return "{\"action\": \"" + action + "\", \"at\": \"" + day + "T10:00:00+07:00\""
				+ (extra.isEmpty() ? "" : ", " + extra) + "}";
	}

	static String item(String id, String field, String kind, String received, String... events) {
		StringBuilder all = new StringBuilder("{\"action\": \"RECEIVE\", \"at\": \"" + received + "T09:00:00+07:00\"}");
		for (String event : events) {
			all.append(", ").append(event);
		}
		return """
				{"externalId": "PK-%s", "agencyCode": "SNV-PK", "channel": "LETTER",
				 "sender": {"name": "Người phản ánh %s", "address": "Hà Tĩnh"}, "content": "Nội dung %s",
				 %s "kind": "%s", "events": [%s]}""".formatted(id, id, id,
				field == null ? "" : "\"fieldCode\": \"" + field + "\",", kind, all);
	}

	String report(String period) throws Exception {
		return mvc.perform(get("/api/v1/reports/II.05a").param("agency", "SNV-PK")
			.param("period", period)
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.violations.length()").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theThirdQuarterCountsCarriedOverClosedOpenAndPublishedItems() throws Exception {
		String json = report("2025-Q3");
		assertThat((String) JsonPath.read(json, "$.period.from")).isEqualTo("2025-06-15");
		assertThat((Integer) JsonPath.read(json, "$.rows.length()")).isEqualTo(3);
		//                                    3  4  5  6  7  8  9 10 11 12 13 14 15 16
		assertThat(row(json, "DOI_NGOAI")).isEqualTo(cells(5, 3, 2, 2, 3, 4, 3, 1, 1, 3, 1, 0, 1, 2));
		assertThat(row(json, "LANH_SU")).isEqualTo(cells(1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 0, 0));
		assertThat(row(json, null)).isEqualTo(cells(1, 0, 1, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1, 0));
		assertThat(total(json)).isEqualTo(cells(7, 4, 3, 2, 5, 4, 3, 1, 1, 3, 3, 1, 2, 2));
	}

	@Test
	void theFourthQuarterCarriesOverWhatWasOpenAtTheEndOfTheThird() throws Exception {
		String json = report("2025-Q4");
		assertThat(row(json, "DOI_NGOAI")).isEqualTo(cells(1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0));
		assertThat(row(json, "LANH_SU")).isEqualTo(cells(2, 1, 1, 1, 1, 2, 1, 1, 1, 1, 0, 0, 0, 0));
		assertThat(row(json, null)).isEqualTo(cells(1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0));
		// what was open at the end of Q3 is exactly what Q4 carries over
		assertThat(total(report("2025-Q3")).get("13")).isEqualTo(total(json).get("6"));
	}

	@Test
	void theYearCountsEverythingReceivedAndNothingPublishedAfterItsEnd() throws Exception {
		String json = report("2025");
		assertThat(total(json)).isEqualTo(cells(9, 5, 4, 0, 9, 7, 5, 2, 0, 7, 2, 0, 2, 2));
	}

	@Test
	void everyFormulaHoldsOnEveryPeriodAndEveryRow() throws Exception {
		for (String period : List.of("2025-Q2", "2025-Q3", "2025-Q4", "2025-H1", "2025-9M", "2025", "2026")) {
			String json = report(period);
			List<Map<String, Integer>> rows = JsonPath.read(json, "$.rows[*].cells");
			rows.add(total(json));
			for (Map<String, Integer> c : rows) {
				assertThat(c.get("3")).isEqualTo(c.get("4") + c.get("5")).isEqualTo(c.get("6") + c.get("7"))
					.isEqualTo(c.get("8") + c.get("13"));
				assertThat(c.get("8")).isEqualTo(c.get("9") + c.get("10")).isEqualTo(c.get("11") + c.get("12"));
				assertThat(c.get("13")).isEqualTo(c.get("14") + c.get("15"));
				assertThat(c.get("16")).isLessThanOrEqualTo(c.get("8"));
			}
		}
	}

	@Test
	void everyCellListsTheItemsBehindItWithTheReason() throws Exception {
		mvc.perform(get("/api/v1/reports/II.05a/cells").param("agency", "SNV-PK")
			.param("period", "2025-Q3")
			.param("row", "DOI_NGOAI")
			.param("column", "6")
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].senderName").value("Người phản ánh B"))
			.andExpect(jsonPath("$[1].senderName").value("Người phản ánh C"))
			.andExpect(jsonPath("$[0].reason", containsString("trước kỳ")))
			.andExpect(jsonPath("$[0].link", containsString("/pakn/PA-250602-")));
		mvc.perform(get("/api/v1/reports/II.05a/cells").param("agency", "SNV-PK")
			.param("period", "2025-Q3")
			.param("column", "16")
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[1].senderName").value("Người phản ánh H"));
		mvc.perform(get("/api/v1/reports/II.05a/cells").param("agency", "SNV-PK")
			.param("period", "2025-Q3")
			.param("column", "2")
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("column"));
	}

	@Test
	void theFormIsExportedWithItsPrintedFormulas() throws Exception {
		mvc.perform(get("/api/v1/reports/II.05a").param("agency", "SNV-PK")
			.param("period", "2025-Q3")
			.param("format", "pdf")
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		byte[] xlsx = mvc.perform(get("/api/v1/reports/II.05a").param("agency", "SNV-PK")
			.param("period", "2025-Q3")
			.param("format", "xlsx")
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		StringBuilder text = new StringBuilder();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			for (var row : book.getSheetAt(0)) {
				for (var cell : row) {
					text.append(cell.toString()).append('|');
				}
			}
		}
		assertThat(text.toString()).contains("Biểu số II.05a/VPCP/KSTT", "(3)=(4)+(5)=(6)+(7)",
				"(8)=(9)+(10)=(11)+(12)", "(13)=(14)+(15)", "Số PAKN đã xử lý được đăng tải công khai",
				"Lĩnh vực đối ngoại", "Chưa xác định lĩnh vực");
	}

	@Test
	void theSatisfactionOfAYearRangeCountsRatingsAndAnswers() throws Exception {
		var agency = agencies.findByCode("SNV-PK").orElseThrow().id();
		FeedbackStatistics.SatisfactionRate rate = vn.motcua.shared.SystemTask
			.call(() -> statistics.satisfaction(List.of(agency), 2025, 2025));
		assertThat(rate.received()).isEqualTo(9);
		assertThat(rate.answered()).isEqualTo(6);
		assertThat(rate.rated()).isEqualTo(1);
		assertThat(rate.satisfied()).isEqualTo(1);
		assertThat(rate.ratePercent()).isEqualByComparingTo("100.00");
		FeedbackStatistics.SatisfactionRate none = vn.motcua.shared.SystemTask
			.call(() -> statistics.satisfaction(List.of(agency), 2024, 2024));
		assertThat(none.rated()).isZero();
		assertThat(none.ratePercent()).isNull();
	}

	@Test
	void theDemoAgencyHasAYearOfFeedbackThatFillsTheFormConsistently() throws Exception {
		String json = mvc.perform(get("/api/v1/reports/II.05a").param("agency", "SNV-HT")
			.param("from", java.time.LocalDate.now().minusDays(365).toString())
			.param("to", java.time.LocalDate.now().toString())
			.with(httpBasic("kiemsoat", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.violations.length()").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, Integer> total = total(json);
		assertThat(total.get("3")).isGreaterThan(50);
		assertThat(total.get("8")).isGreaterThan(0);
		assertThat(total.get("16")).isGreaterThan(0);
		var agency = agencies.findByCode("SNV-HT").orElseThrow().id();
		int year = java.time.LocalDate.now().getYear();
		FeedbackStatistics.SatisfactionRate rate = vn.motcua.shared.SystemTask
			.call(() -> statistics.satisfaction(List.of(agency), year - 1, year));
		assertThat(rate.rated()).isGreaterThan(0);
		assertThat(rate.ratePercent()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100));
	}

	@Test
	void otherAgenciesStaffCannotReadTheForm() throws Exception {
		mvc.perform(get("/api/v1/reports/II.05a").param("agency", "SNV-PK")
			.param("period", "2025-Q3")
			.with(httpBasic("kiemsoat", PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/reports/II.05a").param("agency", "SNV-HT")
			.param("period", "2025-Q3")
			.with(httpBasic("motcua", PASSWORD))).andExpect(status().isForbidden());
	}

	static Map<String, Integer> row(String json, String code) {
		List<Map<String, Integer>> found = JsonPath.read(json,
				code == null ? "$.rows[?(@.code == null)].cells" : "$.rows[?(@.code == '" + code + "')].cells");
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	static Map<String, Integer> total(String json) {
		return JsonPath.read(json, "$.total.cells");
	}

	static Map<String, Integer> cells(int... values) {
		Map<String, Integer> cells = new LinkedHashMap<>();
		for (int i = 0; i < values.length; i++) {
			cells.put(Integer.toString(i + 3), values[i]);
		}
		return cells;
	}
}
