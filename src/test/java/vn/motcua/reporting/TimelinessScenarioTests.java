package vn.motcua.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import vn.motcua.shared.VietnamTime;

/**
 * The legal edge cases of the one timeliness model on known histories (procedure of 3 working days, received Monday
 * 18/5/2026 at 09:00, so the legal deadline is Thursday 21/5; quarter II/2026). Each checks the II.06a cell, the
 * Decision 766 indicator 2.1 and the dossier page's verdict.
 */
@MotCuaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelinessScenarioTests {

	static final String AGENCY = "SNV-TL";

	@Autowired
	MockMvc mvc;

	@Autowired
	vn.motcua.outbox.OutboxSender sender;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	final Map<String, String> codes = new HashMap<>();

	@BeforeAll
	void histories() throws Exception {
		admin(post("/api/v1/agencies").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "UBND-TL", "name": "UBND tỉnh thời hạn", "identifierCode": "000.00.00.H95", "level": "PROVINCE"}"""),
				201);
		admin(post("/api/v1/agencies").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "SNV-TL", "name": "Sở Ngoại vụ thời hạn", "identifierCode": "000.00.45.H94", "level": "PROVINCE",
				 "parentCode": "UBND-TL"}"""), 201);
		admin(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "TL.000003", "name": "Thủ tục thời hạn thử", "fieldCode": "DOI_NGOAI", "agencyCode": "SNV-TL",
				 "processingTime": {"amount": 3, "unit": "WORKING_DAY"}, "onlineMode": "FULL", "validFrom": "2020-01-01"}"""),
				201);
		String answer = admin(post("/api/v1/dossiers/import").contentType(MediaType.APPLICATION_JSON).content(
				"{\"dossiers\": [" + String.join(",",
						// apology: a new appointment 28/5, completed 27/5, after the legal deadline 21/5
						history("APOLOGY", step("APOLOGISE", "2026-05-20T10:00:00+07:00",
								", \"newAppointmentAt\": \"2026-05-28T17:00:00+07:00\""),
								step("COMPLETE", "2026-05-27T10:00:00+07:00", "")),
						// a permitted request (restart: due 25/5), then a second one with an override, done 25/5
						history("SECOND", step("REQUEST_SUPPLEMENT", "2026-05-19T10:00:00+07:00", ""),
								step("SUPPLEMENT_RECEIVED", "2026-05-20T10:00:00+07:00", ""),
								step("REQUEST_SUPPLEMENT", "2026-05-21T10:00:00+07:00",
										", \"overrideReason\": \"Thiếu xác nhận của cơ quan chủ quản\""),
								step("SUPPLEMENT_RECEIVED", "2026-05-22T10:00:00+07:00", ""),
								step("COMPLETE", "2026-05-25T10:00:00+07:00", "")),
						// a request after the 3 working days (22/5 > 21/5): does not restart or stop the clock
						history("LATEREQ", step("REQUEST_SUPPLEMENT", "2026-05-22T10:00:00+07:00",
								", \"overrideReason\": \"Phát hiện thiếu giấy tờ khi thẩm định lại\""),
								step("SUPPLEMENT_RECEIVED", "2026-05-26T10:00:00+07:00", ""),
								step("COMPLETE", "2026-05-27T10:00:00+07:00", "")),
						// withdrawn before the deadline: on time; after it: late
						history("WDEARLY", step("WITHDRAW", "2026-05-20T10:00:00+07:00", "")),
						history("WDLATE", step("WITHDRAW", "2026-05-26T10:00:00+07:00", "")),
						// stopped on 10/6 while waiting for the citizen since 19/5: the clock stopped on 19/5
						history("STOPWAIT", step("REQUEST_SUPPLEMENT", "2026-05-19T10:00:00+07:00", ""),
								step("STOP", "2026-06-10T10:00:00+07:00", "")))
				+ "]}"), 200);
		List<Map<String, Object>> imported = JsonPath.read(answer, "$.dossiers");
		imported.forEach(d -> codes.put(((String) d.get("externalId")).substring(3), (String) d.get("code")));
		// the national portal holds them before a test reads indicator 1.4 twice, not in between
		vn.motcua.PortalDeliveries.deliverAll(sender, jdbc);
	}

	@Test
	void anApologyNeverMovesTheLegalDeadline() throws Exception {
		assertCounted("APOLOGY", "10", false, "Quá hạn");
		assertThat(page("APOLOGY")).contains("không làm thay đổi hạn luật định");
	}

	@Test
	void aSecondRequestIsLateIn766AndShownAsAViolation() throws Exception {
		assertCounted("SECOND", "9", false, "Đúng hạn");
		assertThat(page("SECOND")).contains("Vi phạm quy định yêu cầu bổ sung").contains("lần thứ 2");
	}

	@Test
	void aRequestAfterThreeWorkingDaysDoesNotStopTheClock() throws Exception {
		assertCounted("LATEREQ", "10", false, "Quá hạn");
		assertThat(page("LATEREQ")).contains("sau 03 ngày làm việc");
	}

	@Test
	void withdrawalCountsAgainstTheLegalDeadline() throws Exception {
		assertCounted("WDEARLY", "9", true, "Đúng hạn");
		assertCounted("WDLATE", "10", false, "Quá hạn");
	}

	@Test
	void aStopWhileWaitingEndsWhenTheClockStopped() throws Exception {
		assertCounted("STOPWAIT", "9", true, "Đúng hạn");
	}

	@Test
	void aRequestThatBreaksTheRuleNeedsAnOverrideReason() throws Exception {
		mvc.perform(post("/api/v1/dossiers/import").contentType(MediaType.APPLICATION_JSON)
			.content("{\"dossiers\": [" + history("NOREASON", step("REQUEST_SUPPLEMENT", "2026-05-22T10:00:00+07:00", ""))
					+ "]}")
			.with(httpBasic("admin", "MotCua@2026")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("dossiers[0].events[1].overrideReason"));
		// live: the first request within 3 working days is fine; a second one needs the reason
		String code = admin(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content("""
				{"procedureCode": "TL.000003", "channel": "DIRECT", "applicant": {"fullName": "Người nộp sống"},
				 "outcome": "INCOMPLETE", "reason": "Thiếu tờ khai"}"""), 201);
		String dossier = JsonPath.read(code, "$.code");
		admin(post("/api/v1/dossiers/{c}/actions", dossier).contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"SUPPLEMENT_RECEIVED\"}"), 200);
		admin(post("/api/v1/dossiers/{c}/actions", dossier).contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"REQUEST_SUPPLEMENT\", \"reason\": \"Thiếu ảnh\"}"), 200);
		admin(post("/api/v1/dossiers/{c}/actions", dossier).contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"SUPPLEMENT_RECEIVED\"}"), 200);
		mvc.perform(post("/api/v1/dossiers/{c}/actions", dossier).contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"REQUEST_SUPPLEMENT\", \"reason\": \"Thiếu bản dịch\"}")
			.with(httpBasic("admin", "MotCua@2026")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("overrideReason"));
		admin(post("/api/v1/dossiers/{c}/actions", dossier).contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"REQUEST_SUPPLEMENT\", \"reason\": \"Thiếu bản dịch\", \"overrideReason\": \"Quy định mới\"}"),
				200);
	}

	@Test
	void aDeskDossierCompletedAfterMau02StaysADeskDossier() throws Exception {
		String answer = admin(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content("""
				{"procedureCode": "TL.000003", "channel": "DIRECT", "applicant": {"fullName": "Người nộp tại quầy"},
				 "outcome": "INCOMPLETE", "reason": "Thiếu bản sao hộ chiếu"}"""), 201);
		String code = JsonPath.read(answer, "$.code");
		String after = admin(post("/api/v1/dossiers/{c}/actions", code).contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"SUPPLEMENT_RECEIVED\"}"), 200);
		assertThat((String) JsonPath.read(after, "$.channel")).isEqualTo("DIRECT");
		String period = currentQuarter();
		assertThat(cell(period, "5")).contains(code);
		assertThat(cell(period, "4")).doesNotContain(code);
		assertThat(indexCell(period, "3.3")).anySatisfy(r -> {
			assertThat(r.get("code")).isEqualTo(code);
			assertThat(r.get("counted")).isEqualTo(false);
		});
	}

	@Test
	void theIndexHasEveryIndicatorKeyedByItsId() throws Exception {
		String json = admin(get("/api/v1/indices/766").param("agency", AGENCY).param("period", "2026-Q2"), 200);
		assertThat((List<String>) JsonPath.read(json, "$.groups[*].id")).containsExactly("1", "2", "3", "4", "5", "6");
		// 6 dossiers of the quarter, on time in 766: early withdrawal and the stop while waiting
		assertThat((Integer) JsonPath.read(json, "$.groups[1].indicators[0].numerator")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(json, "$.groups[1].indicators[0].denominator")).isEqualTo(6);
		assertThat((Double) JsonPath.read(json, "$.groups[1].indicators[0].ratio")).isEqualTo(0.3333);
		assertThat((Double) JsonPath.read(json, "$.groups[1].indicators[0].points")).isEqualTo(6.67);
		assertThat((String) JsonPath.read(json, "$.groups[1].indicators[0].id")).isEqualTo("2.1");
		// 1.4: the national portal holds all six (delivered before the tests)
		assertThat((List<Integer>) JsonPath.read(json, "$.groups[0].indicators[?(@.id == '1.4')].numerator"))
			.containsExactly(6);
		mvc.perform(get("/api/v1/indices/766").param("agency", AGENCY).param("period", "2026-Q2")
			.param("format", "xlsx").with(httpBasic("admin", "MotCua@2026")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Type", org.hamcrest.Matchers.startsWith("application/vnd.openxmlformats")));
		mvc.perform(get("/api/v1/indices/766/cells").param("agency", AGENCY).param("period", "2026-Q2")
			.param("id", "9.9").with(httpBasic("admin", "MotCua@2026")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
		String side = admin(get("/api/v1/indices/766/agencies").param("agency", "UBND-TL").param("period", "2026-Q2"),
				200);
		assertThat((List<String>) JsonPath.read(side, "$[*].agency")).containsExactly(AGENCY);
		assertThat((Double) JsonPath.read(side, "$[0].total")).isEqualTo((Double) JsonPath.read(json, "$.total"));
		String html = browse(get("/bao-cao/chi-so-766").param("agency", AGENCY).param("period", "2026-Q2"));
		assertThat(html).contains("Hồ sơ xử lý trước hạn, đúng hạn").contains("Chỉ số dưới ngưỡng");
	}

	@Test
	void theNarrativeLineI8PrintsFullOnlineFromColumns7And8() throws Exception {
		String ii08 = admin(get("/api/v1/reports/II.08").param("agency", AGENCY).param("period", "2026-Q2"), 200);
		assertThat((Integer) JsonPath.read(ii08, "$.total.cells.7")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(ii08, "$.total.cells.4")).isEqualTo(0);
		String narrative = admin(get("/api/v1/reports/QUARTERLY").param("agency", AGENCY).param("period", "2026-Q2")
			.param("format", "json"), 200);
		List<String> lines = JsonPath.read(narrative, "$.sections[?(@.key == 'I.8')].figures[0]");
		assertThat(lines).singleElement().asString()
			.contains("toàn trình đã triển khai: 01")
			.contains("một phần đã triển khai: 0");
	}

	// ---- helpers ----------------------------------------------------------------------------------------------

	/** II.06a column, 766 indicator 2.1 and the dossier page agree on one dossier. */
	private void assertCounted(String name, String column, boolean onTime766, String pageLabel) throws Exception {
		String code = codes.get(name);
		assertThat(cell("2026-Q2", column)).as("II.06a column (" + column + ")").contains(code);
		for (String other : List.of("8", "9", "10")) {
			if (!other.equals(column)) {
				assertThat(cell("2026-Q2", other)).as("II.06a column (" + other + ")").doesNotContain(code);
			}
		}
		assertThat(indexCell("2026-Q2", "2.1")).as("766 indicator 2.1").anySatisfy(r -> {
			assertThat(r.get("code")).isEqualTo(code);
			assertThat(r.get("counted")).isEqualTo(onTime766);
		});
		assertThat(page(name)).contains("id=\"timeliness-verdict\"").contains(pageLabel);
	}

	private String cell(String period, String column) throws Exception {
		return admin(get("/api/v1/reports/II.06a/cells").param("agency", AGENCY).param("period", period)
			.param("column", column), 200);
	}

	private List<Map<String, Object>> indexCell(String period, String id) throws Exception {
		return JsonPath.read(admin(get("/api/v1/indices/766/cells").param("agency", AGENCY).param("period", period)
			.param("id", id), 200), "$");
	}

	private String page(String name) throws Exception {
		String html = browse(get("/ho-so/{c}", codes.get(name)));
		int at = html.indexOf("id=\"timeliness-verdict\"");
		assertThat(at).as("verdict on the page").isPositive();
		return html.substring(at - 10, Math.min(html.length(), at + 2000));
	}

	/** A page as the signed-in administrator sees it. */
	private String browse(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(user("admin").roles("SYSTEM_ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private String admin(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			int expected) throws Exception {
		return mvc.perform(request.with(httpBasic("admin", "MotCua@2026")))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	static String currentQuarter() {
		java.time.LocalDate today = java.time.LocalDate.now(VietnamTime.ZONE);
		for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
			for (int q = 1; q <= 4; q++) {
				ReportPeriod p = ReportPeriod.parse(year + "-Q" + q, null, null);
				if (!today.isBefore(p.from()) && !today.isAfter(p.to())) {
					return p.key();
				}
			}
		}
		throw new IllegalStateException();
	}

	static String step(String action, String at, String extra) {
		return "{\"action\": \"" + action + "\", \"at\": \"" + at + "\", \"reason\": \"Lý do thử\"" + extra + "}";
	}

	static String history(String name, String... steps) {
		return """
				{"externalId": "TL-%s", "procedureCode": "TL.000003", "channel": "DIRECT", "applicant": {"fullName": "Người nộp %s"},
				 "events": [{"action": "RECEIVE", "at": "2026-05-18T09:00:00+07:00"}, %s]}""".formatted(name, name,
				String.join(", ", steps));
	}
}
