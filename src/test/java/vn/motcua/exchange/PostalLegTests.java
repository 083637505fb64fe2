package vn.motcua.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.motcua.MotCuaTest;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierCommands.ApplicantData;
import vn.motcua.dossier.DossierCommands.ComponentData;
import vn.motcua.dossier.DossierCommands.LinkedIntake;
import vn.motcua.dossier.DossierCommands.PostalData;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.shared.SystemTask;
import vn.motcua.shared.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Postal legs (issue #17 item 3) over the API and the demo's loopback peer: a FORWARD may carry the papers' postal
 * hand-off (checked, problem JSON otherwise, nothing stored), it travels in the signed message, the Cục Lãnh sự's
 * linked dossier waits for the papers with no deadline, a reception officer records their arrival, the leg's working
 * days count from that day, and the arrival comes back to the province's leg panel.
 */
@MotCuaTest
class PostalLegTests {

	static final String PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DossierManagement dossiers;

	@Autowired
	CalendarManagement calendar;

	static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static LocalDate today() {
		return OffsetDateTime.now().atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
	}

	String received() throws Exception {
		return JsonPath.read(body(mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content("""
				{"procedureCode": "2.002352", "channel": "DIRECT",
				 "applicant": {"fullName": "Trần Văn Bưu Chính", "idNumber": "038190007777", "phone": "0987000111"},
				 "components": [{"code": "TK", "original": true, "copies": 1},
				                {"code": "QD", "original": true, "copies": 1}, {"code": "ANH", "original": true, "copies": 2}]}""")
			.with(httpBasic("motcua", PASSWORD))).andExpect(status().isCreated())), "$.code");
	}

	ResultActions act(String user, String code, String json) throws Exception {
		return mvc.perform(post("/api/v1/dossiers/" + code + "/actions").contentType(MediaType.APPLICATION_JSON)
			.content(json).with(httpBasic(user, PASSWORD)));
	}

	String awaitJson(String path, String user, String jsonPath) throws Exception {
		return ExchangeLoopbackTests.awaitJson(mvc, path, user, jsonPath, Duration.ofSeconds(60));
	}

	@Test
	void aPostalHandOffIsCheckedAndABadOneStoresNothing() throws Exception {
		String code = received();
		String[][] bad = {
				{ "{\"trackingNumber\": \"\", \"sentOn\": \"%s\"}".formatted(today()), "postal.trackingNumber", "Cần số vận đơn" },
				{ "{\"trackingNumber\": \"%s\"}".formatted("R".repeat(51)), "postal.trackingNumber", "1–50 ký tự in được" },
				{ "{\"trackingNumber\": \"Số vận đơn 1\"}", "postal.trackingNumber", "1–50 ký tự in được" },
				{ "{\"trackingNumber\": \"RR1\", \"sentOn\": \"%s\"}".formatted(today().plusDays(1)), "postal.sentOn", "không được sau hôm nay" },
				{ "{\"trackingNumber\": \"RR1\", \"sentOn\": \"%s\"}".formatted(today().minusDays(1)), "postal.sentOn", "trước ngày tiếp nhận hồ sơ" } };
		for (String[] c : bad) {
			String problem = body(act("motcua", code, "{\"action\": \"FORWARD\", \"agencyCode\": \"BNG-CLS\", \"postal\": " + c[0] + "}")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value(c[1])));
			assertThat(problem).as(c[0]).contains(c[2]).contains("\"status\":422");
		}
		// a control character is refused for every JSON body (400, JsonInputRules) before the rule is asked
		act("motcua", code, "{\"action\": \"FORWARD\", \"agencyCode\": \"BNG-CLS\", \"postal\": {\"trackingNumber\": \"RR1\\u0007\"}}")
			.andExpect(status().isBadRequest());
		// postal only with FORWARD, receivedOn only with POSTAL_RECEIVED
		act("motcua", code, "{\"action\": \"COMPLETE\", \"postal\": {\"trackingNumber\": \"RR1\"}}")
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("postal"));
		act("motcua", code, "{\"action\": \"COMPLETE\", \"receivedOn\": \"%s\"}".formatted(today()))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("receivedOn"));
		act("motcua", code, "{\"action\": \"FORWARD\", \"agencyCode\": \"BNG-CLS\", \"postal\": {\"trackingNumber\": \"RR1\", \"sentOn\": \"khong-phai-ngay\"}}")
			.andExpect(status().is4xxClientError());
		mvc.perform(get("/api/v1/dossiers/" + code).with(httpBasic("motcua", PASSWORD)))
			.andExpect(jsonPath("$.status").value("RECEIVED")).andExpect(jsonPath("$.events.length()").value(1));
		assertThat(jdbc.sql("select count(*) from outbox_message where ordering_key = ? and destination like 'PEER:%'")
			.param(code).query(Long.class).single()).as("nothing sent").isZero();
		// the page shows the problem beside its field: ExchangeJourneyTests (step "buu-gui-sai")
	}

	@Test
	void theLinkedDossierWaitsForThePapersByPostAndTheirArrivalComesBack() throws Exception {
		String origin = received();
		String forwarded = body(act("motcua", origin, """
				{"action": "FORWARD", "agencyCode": "BNG-CLS", "note": "Gửi bản giấy qua bưu chính",
				 "postal": {"trackingNumber": "RR987654321VN", "sentOn": "%s"}}""".formatted(today()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FORWARDED")));
		assertThat((String) JsonPath.read(forwarded, "$.events[-1].postal.trackingNumber")).isEqualTo("RR987654321VN");
		assertThat(jdbc.sql("select postal_tracking from dossier_event where action = 'FORWARD' and dossier_id = (select id from dossier where code = ?)")
			.param(origin).query(String.class).single()).as("on the origin's history").isEqualTo("RR987654321VN");

		// the signed message carried it: the Cục Lãnh sự's linked dossier waits for the papers, no deadline yet
		String linked = awaitJson("/api/v1/exchange/dossiers/" + origin, "motcua", "$.otherCode");
		mvc.perform(get("/api/v1/dossiers/" + linked).with(httpBasic("cuclanhsu", PASSWORD)))
			.andExpect(jsonPath("$.status").value("AWAITING_PAPERS"))
			.andExpect(jsonPath("$.receivedAt").doesNotExist())
			.andExpect(jsonPath("$.appointmentAt").doesNotExist())
			.andExpect(jsonPath("$.timeliness").doesNotExist())
			.andExpect(jsonPath("$.events[0].postal.trackingNumber").value("RR987654321VN"))
			.andExpect(jsonPath("$.events[0].postal.sentOn").value(today().toString()));
		String panel = body(mvc.perform(get("/lien-thong/ho-so/" + linked).with(user("cuclanhsu").roles("RECEPTION_OFFICER"))));
		assertThat(panel).contains("Hồ sơ giấy gửi qua bưu chính, số vận đơn", "RR987654321VN",
				"chưa nhận hồ sơ giấy: thời hạn chặng này tính từ ngày nhận hồ sơ giấy");
		String page = body(mvc.perform(get("/ho-so/" + linked).with(user("cuclanhsu").roles("RECEPTION_OFFICER"))));
		assertThat(page).contains("Chờ hồ sơ giấy qua bưu chính", "Đã nhận hồ sơ giấy qua bưu chính");
		// the Cục Lãnh sự's desk finds it in its own inbox, shown while something waits there
		mvc.perform(get("/api/v1/dossiers").param("inbox", "AWAITING_PAPERS").param("size", "200")
			.with(httpBasic("cuclanhsu", PASSWORD)))
			.andExpect(jsonPath("$.items[*].code", org.hamcrest.Matchers.hasItem(linked)));
		assertThat(body(mvc.perform(get("/ho-so").with(user("cuclanhsu").roles("RECEPTION_OFFICER")))))
			.contains("Chờ hồ sơ giấy qua bưu chính", "/ho-so?inbox=AWAITING_PAPERS");

		mvc.perform(get("/api/v1/dossiers/" + linked + "/slips/MAU01").with(httpBasic("cuclanhsu", PASSWORD)))
			.andExpect(status().isConflict());

		// the day received is checked; then recorded by the desk
		act("cuclanhsu", linked, "{\"action\": \"POSTAL_RECEIVED\", \"receivedOn\": \"%s\"}".formatted(today().plusDays(1)))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("receivedOn"));
		act("cuclanhsu", linked, "{\"action\": \"POSTAL_RECEIVED\", \"receivedOn\": \"%s\"}".formatted(today().minusDays(1)))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("trước ngày gửi bưu chính")));
		act("motcua", linked, "{\"action\": \"POSTAL_RECEIVED\"}").andExpect(status().isNotFound());
		String after = body(act("cuclanhsu", linked, "{\"action\": \"POSTAL_RECEIVED\", \"receivedOn\": \"%s\"}".formatted(today()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RECEIVED")));
		OffsetDateTime receivedAt = OffsetDateTime.parse(JsonPath.read(after, "$.receivedAt"));
		assertThat(OffsetDateTime.parse(JsonPath.read(after, "$.appointmentAt")))
			.isEqualTo(SystemTask.call(() -> calendar.deadline(receivedAt, 3, "WORKING_DAY")));
		act("cuclanhsu", linked, "{\"action\": \"POSTAL_RECEIVED\"}").andExpect(status().isConflict());
		mvc.perform(get("/api/v1/dossiers").param("inbox", "AWAITING_PAPERS").param("size", "200")
			.with(httpBasic("cuclanhsu", PASSWORD)))
			.andExpect(jsonPath("$.items[*].code", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(linked))));
		mvc.perform(get("/api/v1/dossiers/" + linked + "/slips/MAU01").with(httpBasic("cuclanhsu", PASSWORD)))
			.andExpect(status().isOk());

		// the arrival flows back: the province's leg panel shows posted on and received on
		awaitJson("/api/v1/exchange/dossiers/" + origin, "motcua", "$.events[?(@.action == 'POSTAL_RECEIVED')]");
		mvc.perform(get("/api/v1/exchange/dossiers/" + origin).with(httpBasic("motcua", PASSWORD)))
			.andExpect(jsonPath("$.postalTracking").value("RR987654321VN"))
			.andExpect(jsonPath("$.postalSentOn").value(today().toString()))
			.andExpect(jsonPath("$.postalReceivedOn").value(today().toString()));
		String originPanel = body(mvc.perform(get("/lien-thong/ho-so/" + origin).with(user("motcua").roles("RECEPTION_OFFICER"))));
		assertThat(originPanel).contains("RR987654321VN", "bên nhận đã nhận hồ sơ giấy ngày", "Đã nhận hồ sơ giấy qua bưu chính");
		mvc.perform(get("/api/v1/exchange/log/verify").with(httpBasic("admin", PASSWORD)))
			.andExpect(jsonPath("$.intact").value(true));
	}

	@Test
	void theLegsWorkingDaysCountFromTheDayThePapersArrivedNotFromTheMessage() throws Exception {
		LocalDate posted = today().minusDays(20);
		LocalDate arrived = today().minusDays(14);
		Dossier linked = SystemTask.call(() -> dossiers.receiveLinked(new LinkedIntake("BNG-CLS", "2.002352", "DIRECT",
				new ApplicantData("Lê Văn Thời Hạn", "038190008888", "0987000222", null, null, null),
				List.of(new ComponentData("TK", true, 1, List.of(), null, null)), 3,
				"TEST:" + UUID.randomUUID(), "Liên thông từ SNV-HT", new PostalData("EE000111222VN", posted))));
		assertThat(linked.status().name()).isEqualTo("AWAITING_PAPERS");
		assertThat(linked.appointmentAt()).isNull();
		String after = body(act("cuclanhsu", linked.code(), "{\"action\": \"POSTAL_RECEIVED\", \"receivedOn\": \"%s\"}".formatted(arrived))
			.andExpect(status().isOk()));
		// papers that arrived before the message count from the message (the later of the two): here the message
		// came now, so the leg starts now, not 14 days ago
		OffsetDateTime message = linked.submittedAt();
		OffsetDateTime due = SystemTask.call(() -> calendar.deadline(message, 3, "WORKING_DAY"));
		assertThat(OffsetDateTime.parse(JsonPath.read(after, "$.appointmentAt"))).isEqualTo(due);

		// a message that came 20 days ago (moved back in the database) and papers 14 days ago: the leg counts from
		// the papers' day, so the appointment lies in the past and the dossier is overdue
		Dossier older = SystemTask.call(() -> dossiers.receiveLinked(new LinkedIntake("BNG-CLS", "2.002352", "DIRECT",
				new ApplicantData("Lê Văn Thời Hạn", "038190008888", "0987000222", null, null, null),
				List.of(new ComponentData("TK", true, 1, List.of(), null, null)), 3,
				"TEST:" + UUID.randomUUID(), "Liên thông từ SNV-HT", new PostalData("EE000111333VN", posted))));
		OffsetDateTime messageAt = posted.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime().plusHours(9);
		jdbc.sql("update dossier set submitted_at = ? where id = ?").params(messageAt, older.id()).update();
		jdbc.sql("update dossier_event set at = ? where dossier_id = ?").params(messageAt, older.id()).update();
		String late = body(act("cuclanhsu", older.code(), "{\"action\": \"POSTAL_RECEIVED\", \"receivedOn\": \"%s\"}".formatted(arrived))
			.andExpect(status().isOk()));
		OffsetDateTime papers = arrived.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
		assertThat(OffsetDateTime.parse(JsonPath.read(late, "$.receivedAt"))).isEqualTo(papers);
		OffsetDateTime legDue = SystemTask.call(() -> calendar.deadline(papers, 3, "WORKING_DAY"));
		assertThat(OffsetDateTime.parse(JsonPath.read(late, "$.appointmentAt"))).isEqualTo(legDue)
			.isNotEqualTo(SystemTask.call(() -> calendar.deadline(messageAt, 3, "WORKING_DAY")))
			.isNotEqualTo(SystemTask.call(() -> calendar.deadline(OffsetDateTime.now(), 3, "WORKING_DAY")));
		assertThat((String) JsonPath.read(late, "$.timeliness")).isEqualTo("OVERDUE");
		assertThat(jdbc.sql("select legal_due_at from dossier where id = ?").param(older.id())
			.query(OffsetDateTime.class).single().toInstant()).as("the stored legal deadline, as the reports read it")
			.isEqualTo(legDue.toInstant());
	}
}
