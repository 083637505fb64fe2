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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Decision 766 indicators measured from the catalogue, the feedback, the average time and the online services,
 * and those that cannot be measured, on known data of one agency in quarter II/2026 (15/3–14/6/2026).
 * <ul>
 * <li>Publication decision 21/QĐ-UBND signed Monday 11/5 announces CS.000001 (in force from Wednesday 20/5: at
 * least 5 working days later, on time; every part given) and CS.000002 (in force from Thursday 14/5: too late; no
 * steps, way, result or legal basis). CS.000001 is made public on 15/5 (due 18/5), CS.000002 on 25/5 (late).</li>
 * <li>CS.000001 is offered fully online with a fee; CS.000002 not online. Two dossiers of CS.000001 received Monday
 * 25/5: one online, completed Wednesday 27/5 (2 working days), one at the desk, completed Monday 1/6 (5).</li>
 * <li>Feedback A–E (see {@link #FEEDBACK}).</li>
 * </ul>
 */
@MotCuaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceIndexIndicatorsTests {

	static final String AGENCY = "SNV-CS";

	static final String PERIOD = "2026-Q2";

	@Autowired
	MockMvc mvc;

	@Autowired
	vn.motcua.outbox.OutboxSender sender;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	String online;

	/**
	 * A: about a rule, answered and published on time, rated satisfied, but the same sender (phone) wrote again (C);
	 * B: answered on 1/6, after its 15 working days (25/5); C: repeats A, on time; D: about a rule, on time, rated
	 * dissatisfied; E: refused the next day.
	 */
	static final String FEEDBACK = "feedback A–E";

	@BeforeAll
	void data() throws Exception {
		admin(post("/api/v1/agencies").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "UBND-CS", "name": "UBND tỉnh chỉ số", "identifierCode": "000.00.00.H93", "level": "PROVINCE"}"""),
				201);
		admin(post("/api/v1/agencies").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "SNV-CS", "name": "Sở Ngoại vụ chỉ số", "identifierCode": "000.00.46.H93", "level": "PROVINCE",
				 "parentCode": "UBND-CS"}"""), 201);
		admin(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "CS.000001", "name": "Thủ tục chỉ số đầy đủ", "fieldCode": "DOI_NGOAI", "agencyCode": "SNV-CS",
				 "origin": "LOCAL", "processingTime": {"amount": 5, "unit": "WORKING_DAY"}, "onlineMode": "FULL",
				 "fees": [{"name": "Lệ phí", "amountVnd": 30000}],
				 "components": [{"code": "TK", "name": "Tờ khai", "required": true, "copies": 1}],
				 "validFrom": "2026-05-20", "status": "DRAFT", "legalBasis": "Thông tư 01/2026/TT-BNG",
				 "whereToSubmit": "Bộ phận Một cửa hoặc Cổng dịch vụ công", "applicantTypes": ["CITIZEN"],
				 "resultName": "Văn bản chấp thuận",
				 "internalProcess": [{"name": "Tiếp nhận", "role": "RECEPTION_OFFICER", "days": 1},
				                     {"name": "Giải quyết", "role": "PROCESSING_OFFICER", "days": 4}]}"""), 201);
		admin(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "CS.000002", "name": "Thủ tục chỉ số thiếu", "fieldCode": "DOI_NGOAI", "agencyCode": "SNV-CS",
				 "origin": "LOCAL", "processingTime": {"amount": 5, "unit": "WORKING_DAY"}, "onlineMode": "NONE",
				 "validFrom": "2026-05-14", "status": "DRAFT"}"""), 201);
		String decision = admin(post("/api/v1/publication-decisions").contentType(MediaType.APPLICATION_JSON).content("""
				{"number": "21/QĐ-UBND", "signedOn": "2026-05-11", "agencyCode": "SNV-CS",
				 "procedures": [{"code": "CS.000001", "change": "NEW"}, {"code": "CS.000002", "change": "NEW"}]}"""),
				201);
		String id = JsonPath.read(decision, "$.id");
		admin(post("/api/v1/publication-decisions/{id}/disclosure", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"disclosedOn\": \"2026-05-15\", \"codes\": [\"CS.000001\"]}"), 200);
		admin(post("/api/v1/publication-decisions/{id}/disclosure", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"disclosedOn\": \"2026-05-25\", \"codes\": [\"CS.000002\"]}"), 200);
		String imported = admin(post("/api/v1/dossiers/import").contentType(MediaType.APPLICATION_JSON).content("""
				{"dossiers": [
				 {"externalId": "CS-ONLINE", "procedureCode": "CS.000001", "channel": "ONLINE",
				  "applicant": {"fullName": "Người nộp trực tuyến"},
				  "events": [{"action": "RECEIVE", "at": "2026-05-25T09:00:00+07:00"},
				             {"action": "COMPLETE", "at": "2026-05-27T10:00:00+07:00"}]},
				 {"externalId": "CS-DESK", "procedureCode": "CS.000001", "channel": "DIRECT",
				  "applicant": {"fullName": "Người nộp tại quầy"},
				  "events": [{"action": "RECEIVE", "at": "2026-05-25T09:00:00+07:00"},
				             {"action": "COMPLETE", "at": "2026-06-01T10:00:00+07:00"}]}]}"""), 200);
		List<Map<String, Object>> dossiers = JsonPath.read(imported, "$.dossiers");
		online = dossiers.stream().filter(d -> "CS-ONLINE".equals(d.get("externalId"))).map(d -> (String) d.get("code"))
			.findFirst().orElseThrow();
		String classify = "\"inScope\": true";
		admin(post("/api/v1/feedback/import").contentType(MediaType.APPLICATION_JSON).content(
				"{\"feedback\": [" + String.join(", ",
						item("A", "REGULATION", "\"phone\": \"0912345678\"", "2026-05-04", e("CLASSIFY", "2026-05-05", classify),
								e("RESOLVE", "2026-05-12", "\"answer\": \"Trả lời A\""), e("PUBLISH", "2026-05-13", ""),
								e("RATE", "2026-05-14", "\"satisfaction\": \"SATISFIED\"")),
						item("B", "BEHAVIOUR", "\"email\": \"b@vidu.vn\"", "2026-05-04", e("CLASSIFY", "2026-05-05", classify),
								e("RESOLVE", "2026-06-01", "\"answer\": \"Trả lời B\"")),
						item("C", "BEHAVIOUR", "\"phone\": \"0912 345 678\"", "2026-05-20",
								e("CLASSIFY", "2026-05-20", classify), e("RESOLVE", "2026-05-22", "\"answer\": \"Trả lời C\""),
								e("PUBLISH", "2026-05-25", "")),
						item("D", "REGULATION", "\"email\": \"d@vidu.vn\"", "2026-05-06", e("CLASSIFY", "2026-05-06", classify),
								e("RESOLVE", "2026-05-08", "\"answer\": \"Trả lời D\""), e("PUBLISH", "2026-05-11", ""),
								e("RATE", "2026-05-12", "\"satisfaction\": \"DISSATISFIED\"")),
						item("E", "BEHAVIOUR", "\"email\": \"e@vidu.vn\"", "2026-05-06",
								e("REFUSE", "2026-05-07", "\"reason\": \"Không thuộc phạm vi\"")))
				+ "]}"), 200);
	}

	@Test
	void publicationOnTimeIsTheDecisionFiveWorkingDaysBeforeTheVersionTakesEffect() throws Exception {
		assertIndicator("1.1", 1, 2);
		assertCell("1.1", "CS.000001", true, "trước ngày hiệu lực 20/05/2026");
		assertCell("1.1", "CS.000002", false, "sau hạn 07/05/2026");
	}

	@Test
	void disclosureOnTimeIsWithinFiveWorkingDaysOfTheDecision() throws Exception {
		assertIndicator("1.2", 1, 2);
		assertCell("1.2", "CS.000001", true, "hạn 18/05/2026");
		assertCell("1.2", "CS.000002", false, "Công khai muộn");
		mvc.perform(post("/api/v1/publication-decisions/{id}/disclosure", "00000000-0000-0000-0000-000000000000")
			.contentType(MediaType.APPLICATION_JSON).content("{\"disclosedOn\": \"2026-05-15\"}")
			.with(httpBasic("admin", "MotCua@2026"))).andExpect(status().isNotFound());
	}

	@Test
	void publishedProceduresNeedEveryPartOfDecree63() throws Exception {
		assertIndicator("1.3", 1, 2);
		assertCell("1.3", "CS.000002", false, "trình tự thực hiện");
		assertCell("1.3", "CS.000002", false, "căn cứ pháp lý");
	}

	@Test
	void portalSyncCountsTheReceivedDossiersThePortalAcknowledged() throws Exception {
		// the tests run with the fake portal: deliver whatever the scheduled sender has not sent yet
		vn.motcua.PortalDeliveries.deliverAll(sender, jdbc);
		assertIndicator("1.4", 2, 2);
		assertCell("1.4", online, true, "Đã đồng bộ lên Cổng DVCQG");
		// a dossier the portal never acknowledged (its messages waiting or dead-lettered) is not counted
		jdbc.sql("update portal_dossier set first_delivered_at = null where dossier_code = ?").param(online).update();
		try {
			assertIndicator("1.4", 1, 2);
			assertCell("1.4", online, false, "Chưa đồng bộ lên Cổng DVCQG");
		}
		finally {
			jdbc.sql("update portal_dossier set first_delivered_at = received_at where dossier_code = ?").param(online)
				.update();
		}
	}

	@Test
	void averageTimeIsWorkingDaysFromReceiptToCompletion() throws Exception {
		Map<String, Object> indicator = indicator("2.2");
		assertThat(indicator.get("numerator")).isEqualTo(7);
		assertThat(indicator.get("denominator")).isEqualTo(2);
		assertThat(indicator.get("value")).isEqualTo(3.5);
		assertThat(indicator.get("points")).isEqualTo(0.0);
		assertCell("2.2", "CS.000001", true, "trung bình 3.5 ngày làm việc");
	}

	@Test
	void onlineServicesAreCountedOverTheProceduresInForce() throws Exception {
		assertIndicator("3.1", 1, 2);
		assertCell("3.1", "CS.000002", false, "Chưa cung cấp");
		assertIndicator("3.2", 1, 1);
		assertCell("3.2", "CS.000001", true, "1 hồ sơ nộp trực tuyến");
	}

	@Test
	void onlinePaymentIntegrationShowsByAnOnlinePayment() throws Exception {
		assertIndicator("3.5", 0, 1);
		admin(post("/api/v1/dossiers/{c}/payments", online).contentType(MediaType.APPLICATION_JSON)
			.content("{\"amountVnd\": 30000, \"method\": \"ONLINE\", \"reference\": \"PAY-CS-1\"}"), 201);
		assertIndicator("3.5", 1, 1);
		assertCell("3.5", "CS.000001", true, "thanh toán trực tuyến");
	}

	@Test
	void nationalDataStoresAreNotMeasuredAndSaySo() throws Exception {
		assertThat((String) indicator("4.4").get("note")).contains("Chưa kết nối kho quản lý dữ liệu");
		assertThat((String) indicator("4.5").get("note")).contains("Cơ sở dữ liệu quốc gia về dân cư");
		assertThat(indicator("4.5").get("measured")).isEqualTo(false);
		String html = mvc.perform(get("/bao-cao/chi-so-766").param("agency", AGENCY).param("period", PERIOD)
			.with(user("admin").roles("SYSTEM_ADMIN")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("Chưa kết nối Cơ sở dữ liệu quốc gia về dân cư").contains("3,50 ngày làm việc");
	}

	@Test
	void feedbackByClassificationCountsItemsAboutRules() throws Exception {
		assertIndicator("5.1", 2, 5);
	}

	@Test
	void feedbackProgressChecksEveryStepAgainstItsDeadline() throws Exception {
		assertIndicator("5.2", 4, 5);
		assertThat(cells("5.2")).anySatisfy(r -> {
			assertThat(r.get("counted")).isEqualTo(false);
			assertThat((String) r.get("reason")).contains("Trả lời ngày 01/06/2026, quá hạn 25/05/2026");
		});
	}

	@Test
	void feedbackSatisfactionLeavesOutDislikedLateAndRepeatedItems() throws Exception {
		assertIndicator("5.3", 1, 4);
		List<Map<String, Object>> cells = cells("5.3");
		assertThat(cells).extracting(r -> (String) r.get("reason"))
			.anySatisfy(r -> assertThat(r).contains("không hài lòng"))
			.anySatisfy(r -> assertThat(r).contains("gửi lại"))
			.anySatisfy(r -> assertThat(r).contains("Xử lý chậm"));
	}

	// ---- helpers ----------------------------------------------------------------------------------------------

	private void assertIndicator(String id, int numerator, int denominator) throws Exception {
		Map<String, Object> indicator = indicator(id);
		assertThat(indicator.get("numerator")).as(id + " numerator").isEqualTo(numerator);
		assertThat(indicator.get("denominator")).as(id + " denominator").isEqualTo(denominator);
		assertThat(indicator.get("measured")).isEqualTo(true);
		List<Map<String, Object>> cells = cells(id);
		assertThat(cells).as(id + " cells").hasSize(denominator);
		assertThat(cells.stream().filter(r -> Boolean.TRUE.equals(r.get("counted")))).hasSize(numerator);
	}

	private void assertCell(String id, String code, boolean counted, String reason) throws Exception {
		assertThat(cells(id)).as(id + " " + code).anySatisfy(r -> {
			assertThat(r.get("code")).isEqualTo(code);
			assertThat(r.get("counted")).isEqualTo(counted);
			assertThat((String) r.get("reason")).contains(reason);
		});
	}

	private Map<String, Object> indicator(String id) throws Exception {
		String json = admin(get("/api/v1/indices/766").param("agency", AGENCY).param("period", PERIOD), 200);
		List<Map<String, Object>> found = JsonPath.read(json, "$.groups[*].indicators[?(@.id == '" + id + "')]");
		assertThat(found).as("indicator " + id).hasSize(1);
		return found.get(0);
	}

	private List<Map<String, Object>> cells(String id) throws Exception {
		return JsonPath.read(admin(get("/api/v1/indices/766/cells").param("agency", AGENCY).param("period", PERIOD)
			.param("id", id), 200), "$");
	}

	static String e(String action, String day, String extra) {
		return "{\"action\": \"" + action + "\", \"at\": \"" + day + "T10:00:00+07:00\""
				+ (extra.isEmpty() ? "" : ", " + extra) + "}";
	}

	static String item(String id, String kind, String contact, String received, String... events) {
		StringBuilder all = new StringBuilder("{\"action\": \"RECEIVE\", \"at\": \"" + received + "T09:00:00+07:00\"}");
		for (String event : events) {
			all.append(", ").append(event);
		}
		return """
				{"externalId": "CS-%s", "agencyCode": "SNV-CS", "channel": "LETTER",
				 "sender": {"name": "Người phản ánh %s", %s}, "content": "Nội dung %s",
				 "fieldCode": "DOI_NGOAI", "kind": "%s", "events": [%s]}""".formatted(id, id, contact, id, kind, all);
	}

	private String admin(MockHttpServletRequestBuilder request, int expected) throws Exception {
		return mvc.perform(request.with(httpBasic("admin", "MotCua@2026")))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}
}
