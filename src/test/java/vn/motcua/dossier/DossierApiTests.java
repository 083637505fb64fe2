package vn.motcua.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dossier API of API.md end to end: intake, the state machine with roles, fees, import, lookup, isolation. */
@MotCuaTest
class DossierApiTests {

	static final String PASSWORD = "MotCua@2026";

	static final String PROCEDURE = "T.000005";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void procedure() throws Exception {
		if (!exists(PROCEDURE)) {
			mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content("""
					{"code": "T.000005", "name": "Thủ tục thử nghiệm năm ngày", "fieldCode": "DOI_NGOAI",
					 "agencyCode": "SNV-HT", "level": "PROVINCE", "origin": "LOCAL",
					 "processingTime": {"amount": 5, "unit": "WORKING_DAY"}, "onlineMode": "FULL",
					 "fees": [{"name": "Lệ phí", "amountVnd": 30000}],
					 "components": [{"code": "TP1", "name": "Tờ khai", "required": true, "copies": 1},
					                {"code": "TP2", "name": "Ảnh 4x6", "required": false, "copies": 2}],
					 "resultType": "PAPER", "interAgency": false, "validFrom": "2020-01-01"}""")
				.with(httpBasic("quantri", PASSWORD))).andExpect(status().isCreated());
		}
	}

	boolean exists(String code) throws Exception {
		return mvc.perform(get("/api/v1/procedures/" + code).with(httpBasic("quantri", PASSWORD)))
			.andReturn()
			.getResponse()
			.getStatus() == 200;
	}

	ResultActions intake(String user, String body) throws Exception {
		return mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(httpBasic(user, PASSWORD)));
	}

	static String desk(String name) {
		return """
				{"procedureCode": "T.000005", "channel": "DIRECT",
				 "applicant": {"fullName": "%s", "idNumber": "042090000001", "phone": "0912345678",
				               "email": "cong.dan@example.vn", "address": "Thạch Hà, Hà Tĩnh"},
				 "components": [{"code": "TP1", "original": true, "copies": 1}]}""".formatted(name);
	}

	String code(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.code");
	}

	ResultActions act(String user, String code, String body) throws Exception {
		return mvc.perform(post("/api/v1/dossiers/" + code + "/actions").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(httpBasic(user, PASSWORD)));
	}

	long dossiers() {
		return jdbc.sql("select count(*) from dossier").query(Long.class).single();
	}

	@Nested
	class Intake {

		@Test
		void aDeskDossierGetsACodeAndTheAppointmentOfTheWorkingCalendar() throws Exception {
			ResultActions created = intake("motcua", desk("Nguyễn Văn An"))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("RECEIVED"))
				.andExpect(jsonPath("$.nationalStatus").value(2))
				.andExpect(jsonPath("$.procedureVersion").value(1))
				.andExpect(jsonPath("$.fieldCode").value("DOI_NGOAI"))
				.andExpect(jsonPath("$.timeliness").value("IN_TIME"));
			String json = created.andReturn().getResponse().getContentAsString();
			String code = JsonPath.read(json, "$.code");
			assertThat(code).matches(Pattern.compile("000\\.00\\.20\\.H36-\\d{6}-\\d{4}"));
			String receivedAt = JsonPath.read(json, "$.receivedAt");
			String due = JsonPath.read(mvc.perform(get("/api/v1/calendar/deadline").param("from", receivedAt)
				.param("amount", "5")
				.with(httpBasic("xem", PASSWORD))).andReturn().getResponse().getContentAsString(), "$.due");
			assertThat((String) JsonPath.read(json, "$.appointmentAt")).isEqualTo(due);
		}

		@Test
		void aMissingRequiredPaperIsRefusedAndNothingIsStored() throws Exception {
			long before = dossiers();
			intake("motcua", """
					{"procedureCode": "T.000005", "channel": "DIRECT", "applicant": {"fullName": "Lê Thị Hoa"},
					 "components": [{"code": "TP2", "original": false, "copies": 2}]}""")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("components"))
				.andExpect(jsonPath("$.errors[0].message", containsString("Tờ khai")));
			assertThat(dossiers()).isEqualTo(before);
		}

		@Test
		void noPaperAtAllIsRefusedLikeAMissingOne() throws Exception {
			long before = dossiers();
			intake("motcua", """
					{"procedureCode": "T.000005", "channel": "DIRECT", "applicant": {"fullName": "Không Giấy Tờ"}}""")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("components"));
			assertThat(dossiers()).isEqualTo(before);
		}

		@Test
		void anOrganisationIsNamedWithItsTaxCodeOrDecisionAndItsRepresentative() throws Exception {
			intake("motcua", """
					{"procedureCode": "T.000005", "channel": "DIRECT",
					 "applicant": {"fullName": "Nguyễn Văn Đại", "organisation": "Công ty CP Thép Hà Tĩnh"},
					 "components": [{"code": "TP1", "original": true, "copies": 1}]}""")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder(
						"applicant.organisationTaxCode", "applicant.representative")));
			intake("motcua", """
					{"procedureCode": "T.000005", "channel": "DIRECT",
					 "applicant": {"fullName": "Nguyễn Văn Đại", "organisation": "Công ty CP Thép Hà Tĩnh",
					               "organisationTaxCode": "3001234567", "representative": "Trần Văn Giám"},
					 "components": [{"code": "TP1", "original": true, "copies": 1}]}""")
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.applicant.organisation").value("Công ty CP Thép Hà Tĩnh"))
				.andExpect(jsonPath("$.applicant.organisationTaxCode").value("3001234567"))
				.andExpect(jsonPath("$.applicant.representative").value("Trần Văn Giám"));
		}

		@Test
		void badInputIsAClearProblem() throws Exception {
			intake("motcua", "{\"procedureCode\": \"T.000005\", \"channel\": \"DIRECT\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("applicant"));
			intake("motcua", "{\"procedureCode\": \"KHONG.CO\", \"channel\": \"DIRECT\", \"applicant\": {\"fullName\": \"A\"}}")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("procedureCode"));
			intake("motcua", "{\"procedureCode\": \"T.000005\", \"channel\": \"FAX\", \"applicant\": {\"fullName\": \"A\"}}")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("channel"));
			intake("motcua", """
					{"procedureCode": "T.000005", "channel": "POSTAL", "applicant": {"fullName": "Bưu Chính"},
					 "components": [{"code": "TP1", "original": true, "copies": 1}]}""")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("postalTracking"));
			intake("motcua", """
					{"procedureCode": "T.000005", "channel": "DIRECT", "applicant": {"fullName": "A"},
					 "components": [{"code": "TP9", "original": true, "copies": 1}]}""")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("components[0].code"));
		}

		@Test
		void onlyTheDeskReceives() throws Exception {
			intake("chuyenvien", desk("Phạm Văn Bình")).andExpect(status().isForbidden());
			intake("quantri.stp", desk("Phạm Văn Bình")).andExpect(status().isForbidden());
		}

		@Test
		void anIncompleteDossierWaitsAndIsReceivedWhenTheSupplementArrives() throws Exception {
			String code = code(intake("motcua", """
					{"procedureCode": "T.000005", "channel": "DIRECT", "applicant": {"fullName": "Hồ Thị Cúc"},
					 "outcome": "INCOMPLETE", "reason": "Thiếu tờ khai có xác nhận của cơ quan"}""")
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("AWAITING_SUPPLEMENT"))
				.andExpect(jsonPath("$.nationalStatus").value(5)));
			act("motcua", code, "{\"action\": \"SUPPLEMENT_RECEIVED\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("RECEIVED"))
				.andExpect(jsonPath("$.appointmentAt").isNotEmpty());
		}

		@Test
		void aLongListIsPagedByKeyWithoutGapsOrRepeats() throws Exception {
			for (int i = 0; i < 5; i++) {
				intake("motcua", desk("Trang Kế Tiếp " + i)).andExpect(status().isCreated());
			}
			java.util.Set<String> seen = new java.util.LinkedHashSet<>();
			String after = null;
			int pages = 0;
			do {
				var request = get("/api/v1/dossiers").param("q", "trang ke tiep").param("size", "2");
				if (after != null) {
					request = request.param("after", after);
				}
				String json = mvc.perform(request.with(httpBasic("xem", PASSWORD)))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.total").value(5))
					.andReturn()
					.getResponse()
					.getContentAsString();
				List<String> codes = JsonPath.read(json, "$.items[*].code");
				codes.forEach(code -> assertThat(seen.add(code)).as("repeated %s", code).isTrue());
				after = JsonPath.read(json, "$.next");
				pages++;
			}
			while (after != null && pages < 5);
			assertThat(seen).hasSize(5);
			List<String> ordered = new ArrayList<>(seen);
			assertThat(ordered).isEqualTo(ordered.stream().sorted(java.util.Comparator.reverseOrder()).toList());
			mvc.perform(get("/api/v1/dossiers").param("after", "không-phải-con-trỏ").with(httpBasic("xem", PASSWORD)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("after"));
		}

		@Test
		void concurrentIntakesNeverShareOrSkipANumber() throws Exception {
			ExecutorService pool = Executors.newFixedThreadPool(8);
			List<Future<String>> futures = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				int n = i;
				futures.add(pool.submit((Callable<String>) () -> code(intake("motcua", desk("Đồng Thời " + n))
					.andExpect(status().isCreated()))));
			}
			List<String> codes = new ArrayList<>();
			for (Future<String> future : futures) {
				codes.add(future.get());
			}
			pool.shutdown();
			assertThat(codes).doesNotHaveDuplicates();
			String prefix = codes.get(0).substring(0, codes.get(0).length() - 4);
			List<Integer> numbers = codes.stream()
				.filter(c -> c.startsWith(prefix))
				.map(c -> Integer.parseInt(c.substring(c.length() - 4)))
				.sorted()
				.toList();
			assertThat(numbers).hasSize(24);
			assertThat(numbers.get(23) - numbers.get(0)).isEqualTo(23);
		}
	}

	@Nested
	class Lifecycle {

		@Test
		void theInternalProcessRunsWithTheRightRolesAndTheResultIsReturnedOnlyWhenPaid() throws Exception {
			String code = code(intake("motcua", desk("Trần Văn Dũng")));
			act("xem", code, "{\"action\": \"ASSIGN\", \"assignee\": \"chuyenvien\"}").andExpect(status().isForbidden());
			act("truongphong", code, "{\"action\": \"ASSIGN\", \"assignee\": \"xem\"}")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("assignee"));
			act("truongphong", code, "{\"action\": \"APPROVE\"}")
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.state").value("RECEIVED"));
			act("truongphong", code, "{\"action\": \"ASSIGN\", \"assignee\": \"chuyenvien\"}")
				.andExpect(jsonPath("$.status").value("ASSIGNED"))
				.andExpect(jsonPath("$.assignee").value("chuyenvien"));
			act("chuyenvien", code, "{\"action\": \"APPROVE\"}").andExpect(status().isForbidden());
			act("chuyenvien", code, "{\"action\": \"SUBMIT\", \"note\": \"Đủ điều kiện\"}")
				.andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"));
			act("truongphong", code, "{\"action\": \"APPROVE\"}").andExpect(jsonPath("$.status").value("APPROVED"));
			act("giamdoc", code, "{\"action\": \"COMPLETE\"}")
				.andExpect(jsonPath("$.status").value("COMPLETED"))
				.andExpect(jsonPath("$.nationalStatus").value(9));
			act("motcua", code, "{\"action\": \"RETURN_RESULT\"}")
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail", containsString("phí")));
			mvc.perform(post("/api/v1/dossiers/" + code + "/payments").contentType(MediaType.APPLICATION_JSON)
				.content("{\"amountVnd\": 30000, \"method\": \"CASH\"}")
				.with(httpBasic("motcua", PASSWORD)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.receiptNumber").isNotEmpty());
			act("motcua", code, "{\"action\": \"RETURN_RESULT\", \"returnMethod\": \"DESK\"}")
				.andExpect(jsonPath("$.status").value("RETURNED"))
				.andExpect(jsonPath("$.nationalStatus").value(10))
				.andExpect(jsonPath("$.timeliness").value("EARLY"))
				.andExpect(jsonPath("$.events.length()").value(6));
			act("motcua", code, "{\"action\": \"WITHDRAW\"}")
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.state").value("RETURNED"));
		}

		@Test
		void anApologyIsAllowedOnceWithALaterDate() throws Exception {
			String json = intake("motcua", desk("Võ Văn Em")).andReturn().getResponse().getContentAsString();
			String code = JsonPath.read(json, "$.code");
			String appointment = JsonPath.read(json, "$.appointmentAt");
			String later = java.time.OffsetDateTime.parse(appointment).plusDays(3).toString();
			act("giamdoc", code, "{\"action\": \"APOLOGISE\", \"reason\": \"Chờ ý kiến Bộ\"}")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("newAppointmentAt"));
			act("giamdoc", code, "{\"action\": \"APOLOGISE\", \"reason\": \"Chờ ý kiến Bộ\", \"newAppointmentAt\": \"" + later + "\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.apologised").value(true));
			act("giamdoc", code, "{\"action\": \"APOLOGISE\", \"reason\": \"Lần hai\", \"newAppointmentAt\": \"" + later + "\"}")
				.andExpect(status().isConflict());
		}

		@Test
		void anotherAgencyCannotSeeOrTouchTheDossier() throws Exception {
			String code = code(intake("motcua", desk("Bí Mật")));
			mvc.perform(get("/api/v1/dossiers/" + code).with(httpBasic("quantri.stp", PASSWORD)))
				.andExpect(status().isNotFound());
			act("quantri.stp", code, "{\"action\": \"WITHDRAW\"}").andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/dossiers").param("q", code).with(httpBasic("quantri.stp", PASSWORD)))
				.andExpect(jsonPath("$.total").value(0));
			mvc.perform(get("/api/v1/dossiers").param("q", "bi mat").with(httpBasic("xem", PASSWORD)))
				.andExpect(jsonPath("$.items[*].code", hasItem(code)));
		}

		@Test
		void unknownActionsAndMissingReasonsAreClearErrors() throws Exception {
			String code = code(intake("motcua", desk("Lý Do")));
			act("motcua", code, "{\"action\": \"TELEPORT\"}").andExpect(status().isUnprocessableContent());
			act("giamdoc", code, "{\"action\": \"STOP\"}")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("reason"));
			act("motcua", code, "{\"action\": \"RECEIVE\"}").andExpect(status().isUnprocessableContent());
			mvc.perform(get("/api/v1/dossiers/KHONG-CO").with(httpBasic("motcua", PASSWORD)))
				.andExpect(status().isNotFound());
		}
	}

	@Nested
	class Import {

		static final String HISTORIES = """
				{"dossiers": [
				  {"externalId": "CU-0001", "procedureCode": "T.000005", "channel": "ONLINE",
				   "applicant": {"fullName": "Nhập Sớm"},
				   "events": [{"action": "RECEIVE", "at": "2026-04-15T09:00:00+07:00"},
				              {"action": "COMPLETE", "at": "2026-04-21T10:00:00+07:00"},
				              {"action": "RETURN_RESULT", "at": "2026-04-22T08:00:00+07:00"}]},
				  {"externalId": "CU-0002", "procedureCode": "T.000005", "channel": "DIRECT",
				   "applicant": {"fullName": "Nhập Bổ Sung"},
				   "events": [{"action": "RECEIVE", "at": "2026-04-15T09:00:00+07:00"},
				              {"action": "REQUEST_SUPPLEMENT", "at": "2026-04-16T10:00:00+07:00", "reason": "Thiếu ảnh"},
				              {"action": "SUPPLEMENT_RECEIVED", "at": "2026-04-24T14:00:00+07:00"},
				              {"action": "COMPLETE", "at": "2026-05-07T09:00:00+07:00"}]},
				  {"externalId": "CU-0003", "procedureCode": "T.000005", "channel": "POSTAL",
				   "applicant": {"fullName": "Nhập Dở Dang"},
				   "events": [{"action": "RECEIVE", "at": "2026-06-01T16:00:00+07:00"}]}
				]}""";

		@Test
		void historiesReplayThroughTheStateMachineAndTheWorkingCalendar() throws Exception {
			mvc.perform(post("/api/v1/dossiers/import").contentType(MediaType.APPLICATION_JSON)
				.content(HISTORIES)
				.with(httpBasic("quantri", PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.imported").value(3))
				.andExpect(jsonPath("$.dossiers[0].status").value("RETURNED"))
				.andExpect(jsonPath("$.dossiers[0].appointmentAt").value("2026-04-22T17:00:00+07:00"))
				.andExpect(jsonPath("$.dossiers[0].timeliness").value("EARLY"))
				.andExpect(jsonPath("$.dossiers[1].appointmentAt").value("2026-05-06T17:00:00+07:00"))
				.andExpect(jsonPath("$.dossiers[1].timeliness").value("LATE"))
				.andExpect(jsonPath("$.dossiers[2].appointmentAt").value("2026-06-09T17:00:00+07:00"))
				.andExpect(jsonPath("$.dossiers[2].timeliness").value("OVERDUE"));
			String again = mvc.perform(post("/api/v1/dossiers/import").contentType(MediaType.APPLICATION_JSON)
				.content(HISTORIES)
				.with(httpBasic("quantri", PASSWORD)))
				.andExpect(jsonPath("$.imported").value(0))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat((String) JsonPath.read(again, "$.dossiers[0].code")).matches("000\\.00\\.20\\.H36-260415-\\d{4}");
			assertThat(jdbc.sql("select count(*) from dossier where external_id like 'CU-000%'").query(Long.class).single())
				.isEqualTo(3);
		}

		@Test
		void oneBadHistoryStopsTheWholeRequestWithAnErrorPerBadHistory() throws Exception {
			long before = dossiers();
			mvc.perform(post("/api/v1/dossiers/import").contentType(MediaType.APPLICATION_JSON).content("""
					{"dossiers": [
					  {"externalId": "XAU-1", "procedureCode": "T.000005", "channel": "DIRECT", "applicant": {"fullName": "Tốt"},
					   "events": [{"action": "RECEIVE", "at": "2026-03-02T09:00:00+07:00"}]},
					  {"externalId": "XAU-2", "procedureCode": "T.000005", "channel": "DIRECT", "applicant": {"fullName": "Sai thứ tự"},
					   "events": [{"action": "RECEIVE", "at": "2026-03-02T09:00:00+07:00"},
					              {"action": "RETURN_RESULT", "at": "2026-03-03T09:00:00+07:00"}]},
					  {"externalId": "XAU-3", "procedureCode": "T.000005", "channel": "DIRECT", "applicant": {"fullName": "Tương lai"},
					   "events": [{"action": "RECEIVE", "at": "2099-03-02T09:00:00+07:00"}]},
					  {"externalId": "XAU-4", "procedureCode": "T.000005", "channel": "DIRECT", "applicant": {"fullName": "Không nhận"},
					   "events": [{"action": "COMPLETE", "at": "2026-03-02T09:00:00+07:00"}]}
					]}""").with(httpBasic("quantri", PASSWORD)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors.length()").value(3))
				.andExpect(jsonPath("$.errors[0].field").value("dossiers[1].events[1].action"))
				.andExpect(jsonPath("$.errors[1].field", containsString("dossiers[2]")))
				.andExpect(jsonPath("$.errors[2].field").value("dossiers[3].events[0].action"));
			assertThat(dossiers()).isEqualTo(before);
		}

		@Test
		void onlyAdministratorsImport() throws Exception {
			mvc.perform(post("/api/v1/dossiers/import").contentType(MediaType.APPLICATION_JSON)
				.content(HISTORIES)
				.with(httpBasic("motcua", PASSWORD))).andExpect(status().isForbidden());
		}
	}

	@Nested
	class Citizen {

		@Test
		void theLookupNeedsTheKeyAndTheRatingComesOnceAfterTheReturn() throws Exception {
			String json = intake("motcua", desk("Công Dân Tra Cứu")).andReturn().getResponse().getContentAsString();
			String code = JsonPath.read(json, "$.code");
			String key = JsonPath.read(json, "$.lookupKey");
			mvc.perform(get("/api/public/dossiers/" + code).param("key", "SAIMA123")).andExpect(status().isNotFound());
			mvc.perform(get("/api/public/dossiers/" + code)).andExpect(status().isNotFound());
			mvc.perform(get("/api/public/dossiers/" + code).param("key", key.toLowerCase()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.statusLabel").value("Đã tiếp nhận"))
				.andExpect(jsonPath("$.timeline[0].label").value("Tiếp nhận"))
				.andExpect(jsonPath("$.canRate").value(false))
				.andExpect(content -> assertThat(content.getResponse().getContentAsString()).doesNotContain("motcua"));
			mvc.perform(post("/api/public/dossiers/" + code + "/rating").param("key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"score\": 5}")).andExpect(status().isConflict());
			act("giamdoc", code, "{\"action\": \"COMPLETE\"}");
			mvc.perform(post("/api/v1/dossiers/" + code + "/payments").contentType(MediaType.APPLICATION_JSON)
				.content("{\"amountVnd\": 30000, \"method\": \"BANK\", \"reference\": \"VCB123\"}")
				.with(httpBasic("motcua", PASSWORD))).andExpect(status().isCreated());
			act("motcua", code, "{\"action\": \"RETURN_RESULT\"}").andExpect(status().isOk());
			mvc.perform(post("/api/public/dossiers/" + code + "/rating").param("key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"score\": 9}")).andExpect(status().isBadRequest());
			mvc.perform(post("/api/public/dossiers/" + code + "/rating").param("key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"score\": 4, \"comment\": \"Cán bộ nhiệt tình\"}")).andExpect(status().isNoContent());
			mvc.perform(post("/api/public/dossiers/" + code + "/rating").param("key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"score\": 1}")).andExpect(status().isConflict());
			assertThat(jdbc.sql("select score from dossier_rating r join dossier d on d.id = r.dossier_id where d.code = ?")
				.param(code)
				.query(Integer.class)
				.single()).isEqualTo(4);
		}

		@Test
		void theApplicantIsToldByEMailWhenTheDossierIsAccepted() throws Exception {
			String code = code(intake("motcua", desk("Người Nhận Thư")));
			await().atMost(java.time.Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(jdbc
					.sql("select count(*) from notification_outbox o join dossier d on d.id = o.dossier_id where d.code = ?")
					.param(code)
					.query(Long.class)
					.single()).isEqualTo(1));
			mvc.perform(get("/api/v1/dossiers").param("q", "nguoi nhan thu").with(httpBasic("xem", PASSWORD)))
				.andExpect(jsonPath("$.items[0].code").value(code))
				.andExpect(jsonPath("$.items[0].applicant.fullName").value("Người Nhận Thư"))
				.andExpect(jsonPath("$.items[*].status", not(hasItem("SUBMITTED"))));
		}
	}
}
