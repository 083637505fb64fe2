package vn.motcua.feedback;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The feedback API end to end on the demo agency SNV-HT: intake and idempotency, the state machine with its roles,
 * deadlines on the real 2026 holiday table, agency isolation, bad input, the public side and its rate limit, import.
 */
@MotCuaTest
class FeedbackApiTests {

	static final String PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ResultActions intake(String user, String body) throws Exception {
		return mvc.perform(post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(httpBasic(user, PASSWORD)));
	}

	static String body(String name, String kind) {
		return """
				{"agencyCode": "SNV-HT", "channel": "PHONE",
				 "sender": {"name": "%s", "phone": "0912345678", "address": "Thạch Hà, Hà Tĩnh"},
				 "content": "Cán bộ hẹn nhiều lần mà chưa trả kết quả hợp pháp hóa lãnh sự", "fieldCode": "LANH_SU",
				 "kind": "%s"}""".formatted(name, kind);
	}

	static String number(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.number");
	}

	ResultActions act(String user, String number, String body) throws Exception {
		return mvc.perform(post("/api/v1/feedback/" + number + "/actions").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(httpBasic(user, PASSWORD)));
	}

	ResultActions importing(String user, String body) throws Exception {
		return mvc.perform(post("/api/v1/feedback/import").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(httpBasic(user, PASSWORD)));
	}

	static String history(String id, String kind, String events) {
		return """
				{"externalId": "%s", "agencyCode": "SNV-HT", "channel": "LETTER",
				 "sender": {"name": "Người gửi %s", "address": "Hồng Lĩnh"}, "content": "Nội dung %s",
				 "fieldCode": "DOI_NGOAI", "kind": "%s", "events": [%s]}""".formatted(id, id, id, kind, events);
	}

	static String event(String action, String at, String extra) {
		return "{\"action\": \"" + action + "\", \"at\": \"" + at + "\"" + (extra.isEmpty() ? "" : ", " + extra) + "}";
	}

	long feedbackRows() {
		return jdbc.sql("select count(*) from feedback").query(Long.class).single();
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Nested
	class Intake {

		@Test
		void aPhoneCallGetsANumberAKeyAndTheClassificationDeadline() throws Exception {
			intake("motcua", body("Nguyễn Văn An", "BEHAVIOUR")).andExpect(status().isCreated())
				.andExpect(jsonPath("$.number", containsString("PA-")))
				.andExpect(jsonPath("$.key").isNotEmpty())
				.andExpect(jsonPath("$.status").value("RECEIVED"))
				.andExpect(jsonPath("$.agencyCode").value("SNV-HT"))
				.andExpect(jsonPath("$.fieldCode").value("LANH_SU"))
				.andExpect(jsonPath("$.dueAt").isNotEmpty())
				.andExpect(jsonPath("$.events[0].action").value("RECEIVE"));
		}

		@Test
		void theSameExternalIdOrIdempotencyKeyTwiceGivesTheFirstItem() throws Exception {
			String withId = body("Trần Thị Bình", "BEHAVIOUR").replace("{\"agencyCode\"",
					"{\"externalId\": \"TONG-DAI-77\", \"agencyCode\"");
			String first = number(intake("motcua", withId).andExpect(status().isCreated()));
			long rows = feedbackRows();
			intake("motcua", withId).andExpect(status().isOk()).andExpect(jsonPath("$.number").value(first));
			assertThat(feedbackRows()).isEqualTo(rows);

			String byKey = number(mvc.perform(post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON)
				.header("Idempotency-Key", "phieu-2026-0042")
				.content(body("Lê Văn Cường", "REGULATION"))
				.with(httpBasic("motcua", PASSWORD))).andExpect(status().isCreated()));
			mvc.perform(post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON)
				.header("Idempotency-Key", "phieu-2026-0042")
				.content(body("Lê Văn Cường", "REGULATION"))
				.with(httpBasic("motcua", PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.number").value(byKey));
			assertThat(feedbackRows()).isEqualTo(rows + 1);
		}

		@Test
		void badInputIsAProblemWithFieldErrorsAndNothingIsStored() throws Exception {
			long rows = feedbackRows();
			intake("motcua", body("An", "BEHAVIOUR").replace("PHONE", "FAX")).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("channel"))
				.andExpect(jsonPath("$.errors[0].message", containsString("PORTAL")));
			intake("motcua", body("An", "OTHER")).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("kind"));
			intake("motcua", body("An", "BEHAVIOUR").replace("LANH_SU", "KHONG_CO"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("fieldCode"));
			intake("motcua", body("An", "BEHAVIOUR").replace("SNV-HT", "KHONG-CO"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("agencyCode"));
			intake("motcua", body("An", "BEHAVIOUR").replace("0912345678", "goi toi"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("sender.phone"));
			intake("motcua", body("", "BEHAVIOUR")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("sender.name"));
			intake("motcua", "{\"agencyCode\": \"SNV-HT\", \"channel\": \"PHONE\"}").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field", hasItem("content")));
			intake("motcua", "{not json").andExpect(status().isBadRequest());
			assertThat(feedbackRows()).isEqualTo(rows);
		}

		@Test
		void onlyStaffWhoHandleFeedbackReceiveItAndOnlyForTheirAgency() throws Exception {
			intake("xem", body("An", "BEHAVIOUR")).andExpect(status().isForbidden());
			intake("quantri.stp", body("An", "BEHAVIOUR")).andExpect(status().isForbidden());
			mvc.perform(post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON).content(body("An", "BEHAVIOUR")))
				.andExpect(status().isUnauthorized());
		}
	}

	@Nested
	class StateMachine {

		@Test
		void anItemGoesFromReceiptToPublicationWithTheRolesOfEachStep() throws Exception {
			String number = number(intake("motcua", body("Phạm Văn Dũng", "BEHAVIOUR")));
			// the desk may not classify; a viewer may do nothing
			act("motcua", number, "{\"action\": \"CLASSIFY\", \"inScope\": true}").andExpect(status().isForbidden());
			act("xem", number, "{\"action\": \"REFUSE\", \"reason\": \"x\"}").andExpect(status().isForbidden());
			// an answer before classification is a conflict naming the state
			act("chuyenvien", number, "{\"action\": \"RESOLVE\", \"answer\": \"Đã xử lý\"}")
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.state").value("RECEIVED"))
				.andExpect(jsonPath("$.detail", containsString("Đã tiếp nhận")));
			act("kiemsoat", number, "{\"action\": \"CLASSIFY\", \"kind\": \"REGULATION\", \"inScope\": true, \"fieldCode\": \"DOI_NGOAI\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("CLASSIFIED"))
				.andExpect(jsonPath("$.kind").value("REGULATION"))
				.andExpect(jsonPath("$.fieldCode").value("DOI_NGOAI"))
				.andExpect(jsonPath("$.inScope").value(true));
			act("kiemsoat", number, "{\"action\": \"CLASSIFY\", \"inScope\": true}").andExpect(status().isConflict())
				.andExpect(jsonPath("$.state").value("CLASSIFIED"));
			act("chuyenvien", number, "{\"action\": \"REQUEST_INFO\"}").andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("note"));
			act("chuyenvien", number, "{\"action\": \"REQUEST_INFO\", \"note\": \"Cần số hồ sơ đã nộp\"}")
				.andExpect(jsonPath("$.status").value("AWAITING_INFO"))
				.andExpect(jsonPath("$.dueAt").doesNotExist());
			act("chuyenvien", number, "{\"action\": \"RESOLVE\", \"answer\": \"x\"}").andExpect(status().isConflict())
				.andExpect(jsonPath("$.state").value("AWAITING_INFO"));
			act("motcua", number, "{\"action\": \"INFO_RECEIVED\", \"note\": \"Công dân gọi lại\"}")
				.andExpect(jsonPath("$.status").value("INFO_RECEIVED"))
				.andExpect(jsonPath("$.dueAt").isNotEmpty());
			act("chuyenvien", number, "{\"action\": \"RESOLVE\"}").andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("answer"));
			act("chuyenvien", number, "{\"action\": \"RESOLVE\", \"answer\": \"Sở đã rút ngắn thời hạn trả kết quả\"}")
				.andExpect(jsonPath("$.status").value("RESOLVED"))
				.andExpect(jsonPath("$.answeredOnTime").value(true));
			act("chuyenvien", number, "{\"action\": \"PUBLISH\"}").andExpect(status().isForbidden());
			act("chuyenvien", number, "{\"action\": \"REFUSE\", \"reason\": \"x\"}").andExpect(status().isConflict())
				.andExpect(jsonPath("$.state").value("RESOLVED"));
			act("giamdoc", number, "{\"action\": \"PUBLISH\"}").andExpect(jsonPath("$.status").value("PUBLISHED"));
			act("giamdoc", number, "{\"action\": \"PUBLISH\"}").andExpect(status().isConflict())
				.andExpect(jsonPath("$.state").value("PUBLISHED"));
			act("motcua", number, "{\"action\": \"RATE\", \"satisfaction\": \"MUCH\"}")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("satisfaction"));
			act("motcua", number, "{\"action\": \"RATE\", \"satisfaction\": \"SATISFIED\"}")
				.andExpect(jsonPath("$.satisfaction").value("SATISFIED"))
				.andExpect(jsonPath("$.status").value("PUBLISHED"));
			act("motcua", number, "{\"action\": \"RATE\", \"satisfaction\": \"DISSATISFIED\"}")
				.andExpect(status().isConflict());
			act("motcua", number, "{\"action\": \"JUMP\"}").andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("action"));
			mvc.perform(get("/api/v1/feedback/" + number).with(httpBasic("xem", PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.key").doesNotExist())
				.andExpect(jsonPath("$.events.length()").value(7))
				.andExpect(jsonPath("$.events[*].action", hasItem("PUBLISH")));
		}

		@Test
		void anItemOutsideTheAgencysAuthorityIsForwardedOrRefusedWithAReason() throws Exception {
			String forwarded = number(intake("motcua", body("Võ Thị Hạnh", "BEHAVIOUR")));
			act("kiemsoat", forwarded, "{\"action\": \"CLASSIFY\", \"inScope\": false}")
				.andExpect(jsonPath("$.inScope").value(false));
			act("chuyenvien", forwarded, "{\"action\": \"FORWARD\"}").andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("target"));
			act("chuyenvien", forwarded, "{\"action\": \"FORWARD\", \"target\": \"Công an tỉnh Hà Tĩnh\"}")
				.andExpect(jsonPath("$.status").value("FORWARDED"))
				.andExpect(jsonPath("$.forwardedTo").value("Công an tỉnh Hà Tĩnh"));
			act("chuyenvien", forwarded, "{\"action\": \"FORWARD\", \"target\": \"Khác\"}").andExpect(status().isConflict())
				.andExpect(jsonPath("$.state").value("FORWARDED"));
			act("chuyenvien", forwarded, "{\"action\": \"RESOLVE\", \"answer\": \"Công an tỉnh đã trả lời\"}")
				.andExpect(jsonPath("$.status").value("RESOLVED"));

			String refused = number(intake("motcua", body("Đỗ Văn Hùng", "BEHAVIOUR")));
			act("motcua", refused, "{\"action\": \"REFUSE\"}").andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("reason"));
			act("motcua", refused, "{\"action\": \"REFUSE\", \"reason\": \"Nội dung đang được tòa án giải quyết\"}")
				.andExpect(jsonPath("$.status").value("REFUSED"))
				.andExpect(jsonPath("$.refusalReason").value("Nội dung đang được tòa án giải quyết"));
			act("kiemsoat", refused, "{\"action\": \"CLASSIFY\", \"inScope\": true}").andExpect(status().isConflict())
				.andExpect(jsonPath("$.state").value("REFUSED"));
		}

		@Test
		void staffOfAnotherAgencyNeitherSeeNorTouchTheItem() throws Exception {
			String number = number(intake("motcua", body("Bùi Thị Lan", "BEHAVIOUR")));
			mvc.perform(get("/api/v1/feedback/" + number).with(httpBasic("quantri.stp", PASSWORD)))
				.andExpect(status().isNotFound());
			act("quantri.stp", number, "{\"action\": \"REFUSE\", \"reason\": \"x\"}").andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/feedback").param("q", number).with(httpBasic("quantri.stp", PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(0));
			mvc.perform(get("/api/v1/feedback").param("q", number).with(httpBasic("xem", PASSWORD)))
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.items[0].number").value(number));
			mvc.perform(get("/api/v1/feedback").param("q", "bui thi lan").with(httpBasic("xem", PASSWORD)))
				.andExpect(jsonPath("$.items[*].number", hasItem(number)));
		}
	}

	@Nested
	class Deadlines {

		@Test
		void deadlinesCountWorkingDaysAcrossTet2026() throws Exception {
			// Thu 12/2/2026 09:00, before the cut-off: counted from Fri 13/2; Tết is 16–20/2/2026
			importing("admin", "{\"feedback\": [%s, %s, %s]}".formatted(
					history("TET-1", "BEHAVIOUR", event("RECEIVE", "2026-02-12T09:00:00+07:00", "")),
					history("TET-2", "BEHAVIOUR", event("RECEIVE", "2026-02-12T09:00:00+07:00", "") + ", "
							+ event("CLASSIFY", "2026-02-12T10:00:00+07:00", "\"inScope\": false")),
					history("TET-3", "REGULATION", event("RECEIVE", "2026-02-11T09:00:00+07:00", "") + ", "
							+ event("CLASSIFY", "2026-02-11T10:00:00+07:00", "\"inScope\": true") + ", "
							+ event("RESOLVE", "2026-02-12T09:00:00+07:00", "\"answer\": \"Đã sửa quy trình\""))))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.imported").value(3));
			// classify or refuse within 2 working days: 13/2 and 23/2
			assertThat(get("TET-1", "$.dueAt")).isEqualTo("2026-02-23T17:00:00+07:00");
			// answer within 15 working days: 13/2, 23–27/2, 2–6/3, 9–12/3
			assertThat(get("TET-1", "$.resolveDueAt")).isEqualTo("2026-03-12T17:00:00+07:00");
			// outside the authority: forward within 5 working days: 13/2, 23–26/2
			assertThat(get("TET-2", "$.dueAt")).isEqualTo("2026-02-26T17:00:00+07:00");
			// publish the answer within 2 working days of it
			assertThat(get("TET-3", "$.dueAt")).isEqualTo("2026-02-23T17:00:00+07:00");
		}

		@Test
		void theClockRestartsWhenTheInformationArrivesAcrossGioTo2026() throws Exception {
			// Giỗ Tổ Sun 26/4/2026 with Mon 27/4 off in lieu; 30/4 and 1/5 are holidays
			importing("admin", "{\"feedback\": [%s]}".formatted(history("GIOTO-1", "REGULATION",
					event("RECEIVE", "2026-04-01T09:00:00+07:00", "") + ", "
							+ event("CLASSIFY", "2026-04-01T10:00:00+07:00", "\"inScope\": true") + ", "
							+ event("REQUEST_INFO", "2026-04-02T09:00:00+07:00", "\"note\": \"Cần bản chụp hồ sơ\"")
							+ ", " + event("INFO_RECEIVED", "2026-04-23T10:00:00+07:00", "") + ", "
							+ event("FORWARD", "2026-04-23T11:00:00+07:00", "\"target\": \"Sở Tư pháp\""))))
				.andExpect(status().isOk());
			// 15 working days from Thu 23/4 10:00: 24/4, 28–29/4, 4–8/5, 11–15/5, 18–19/5
			assertThat(get("GIOTO-1", "$.resolveDueAt")).isEqualTo("2026-05-19T17:00:00+07:00");
			assertThat(get("GIOTO-1", "$.events[3].dueAt")).isEqualTo("2026-05-19T17:00:00+07:00");
			// while waiting for the sender no deadline runs
			assertThat(get("GIOTO-1", "$.events[2].dueAt")).isNull();
		}

		String get(String externalId, String path) throws Exception {
			String number = jdbc.sql("select number from feedback where external_id = ?")
				.param(externalId)
				.query(String.class)
				.single();
			String json = mvc.perform(MockMvcGet.of("/api/v1/feedback/" + number).with(httpBasic("kiemsoat", PASSWORD)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			return JsonPath.read(json, path);
		}
	}

	/** Avoids the name clash with the helper {@code get(String, String)} above. */
	static final class MockMvcGet {

		static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder of(String url) {
			return get(url);
		}
	}

	@Nested
	class Import {

		@Test
		void anImportIsAllOrNothingAndTheSameExternalIdTwiceChangesNothing() throws Exception {
			long rows = feedbackRows();
			importing("admin", "{\"feedback\": [%s, %s, %s]}".formatted(
					history("IMP-OK", "BEHAVIOUR", event("RECEIVE", "2025-03-03T09:00:00+07:00", "")),
					history("IMP-BAD", "BEHAVIOUR", event("RECEIVE", "2025-03-03T09:00:00+07:00", "") + ", "
							+ event("PUBLISH", "2025-03-04T09:00:00+07:00", "")),
					history("IMP-FIRST", "BEHAVIOUR", event("CLASSIFY", "2025-03-03T09:00:00+07:00", "\"inScope\": true"))))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors.length()").value(2))
				.andExpect(jsonPath("$.errors[0].field").value("feedback[1].events[1].action"))
				.andExpect(jsonPath("$.errors[0].message", containsString("RECEIVED")))
				.andExpect(jsonPath("$.errors[1].field").value("feedback[2].events[0].action"));
			assertThat(feedbackRows()).isEqualTo(rows);

			String good = "{\"feedback\": [%s]}".formatted(history("IMP-OK", "BEHAVIOUR",
					event("RECEIVE", "2025-03-03T09:00:00+07:00", "") + ", "
							+ event("REFUSE", "2025-03-04T09:00:00+07:00", "\"reason\": \"Ẩn danh\"")));
			String first = JsonPath.read(importing("quantri", good).andExpect(status().isOk())
				.andExpect(jsonPath("$.imported").value(1))
				.andExpect(jsonPath("$.feedback[0].status").value("REFUSED"))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.feedback[0].number");
			assertThat(first).startsWith("PA-250303-");
			importing("quantri", good).andExpect(status().isOk())
				.andExpect(jsonPath("$.imported").value(0))
				.andExpect(jsonPath("$.feedback[0].number").value(first));
			assertThat(feedbackRows()).isEqualTo(rows + 1);
		}

		@Test
		void eventsInTheFutureOrOutOfOrderAreRefused() throws Exception {
			importing("admin", "{\"feedback\": [%s]}".formatted(history("IMP-FUT", "BEHAVIOUR",
					event("RECEIVE", "2099-01-01T09:00:00+07:00", ""))))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("feedback[0].events[0].at"));
			importing("admin", "{\"feedback\": [%s]}".formatted(history("IMP-ORD", "BEHAVIOUR",
					event("RECEIVE", "2025-03-03T09:00:00+07:00", "") + ", "
							+ event("REFUSE", "2025-03-01T09:00:00+07:00", "\"reason\": \"x\""))))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("feedback[0].events[1].at"));
		}

		@Test
		void onlyAdministratorsImport() throws Exception {
			String body = "{\"feedback\": [%s]}".formatted(history("IMP-ROLE", "BEHAVIOUR",
					event("RECEIVE", "2025-03-03T09:00:00+07:00", "")));
			importing("kiemsoat", body).andExpect(status().isForbidden());
			importing("motcua", body).andExpect(status().isForbidden());
			importing("quantri.stp", body).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("feedback[0].agencyCode"));
			importing("admin", "{\"feedback\": []}").andExpect(status().isBadRequest());
		}
	}

	@Nested
	class PublicSide {

		@Test
		void aSenderSendsFollowsAndRatesWithTheNumberAndKey() throws Exception {
			String receipt = mvc.perform(post("/api/public/feedback").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"agencyCode": "SNV-HT", "sender": {"name": "Hoàng Văn Nam", "email": "nam@example.vn"},
						 "content": "Đề nghị cho nộp bản chụp hộ chiếu qua mạng", "kind": "REGULATION"}""")
				.with(from("10.1.0.1")))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.number", containsString("PA-")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			String number = JsonPath.read(receipt, "$.number");
			String key = JsonPath.read(receipt, "$.key");
			mvc.perform(get("/api/public/feedback/" + number).param("key", key).with(from("10.1.0.1")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("RECEIVED"));
			mvc.perform(get("/api/public/feedback/" + number).param("key", "WRONGKEY").with(from("10.1.0.1")))
				.andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/feedback/" + number).with(httpBasic("kiemsoat", PASSWORD)))
				.andExpect(jsonPath("$.channel").value("PORTAL"));
			act("kiemsoat", number, "{\"action\": \"CLASSIFY\", \"inScope\": true}").andExpect(status().isOk());
			mvc.perform(post("/api/public/feedback/" + number + "/rating").param("key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"satisfaction\": \"SATISFIED\"}")
				.with(from("10.1.0.1"))).andExpect(status().isConflict()).andExpect(jsonPath("$.state").value("CLASSIFIED"));
			act("chuyenvien", number, "{\"action\": \"RESOLVE\", \"answer\": \"Sở sẽ kiến nghị sửa đổi thủ tục\"}");
			act("kiemsoat", number, "{\"action\": \"PUBLISH\"}").andExpect(status().isOk());
			mvc.perform(post("/api/public/feedback/" + number + "/rating").param("key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"satisfaction\": \"SATISFIED\"}")
				.with(from("10.1.0.1"))).andExpect(status().isOk()).andExpect(jsonPath("$.satisfaction").value("SATISFIED"));
			mvc.perform(get("/api/public/feedback/published").param("q", "ban chup ho chieu"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[0].number").value(number))
				.andExpect(jsonPath("$.items[0].answer").value("Sở sẽ kiến nghị sửa đổi thủ tục"))
				.andExpect(jsonPath("$.items[0].senderName").doesNotExist())
				.andExpect(jsonPath("$.items[0].sender").doesNotExist());
		}

		@Test
		void thePublicFormRefusesBadInputAndTooManyRequests() throws Exception {
			long rows = feedbackRows();
			mvc.perform(post("/api/public/feedback").contentType(MediaType.APPLICATION_JSON).content("""
					{"agencyCode": "SNV-HT", "sender": {"name": "Ẩn danh"}, "content": "Nội dung"}""")
				.with(from("10.2.0.1")))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("sender.phone"));
			mvc.perform(post("/api/public/feedback").contentType(MediaType.APPLICATION_JSON).content("""
					{"agencyCode": "SNV-HT", "sender": {"name": "Ngô Văn Sơn", "phone": "0912000111"}, "content": ""}""")
				.with(from("10.2.0.1")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("content"));
			assertThat(feedbackRows()).isEqualTo(rows);
			int accepted = 0;
			int limited = 0;
			for (int i = 0; i < 12; i++) {
				int code = mvc.perform(get("/api/public/feedback/PA-000000-0000").param("key", "X").with(from("10.2.0.2")))
					.andReturn()
					.getResponse()
					.getStatus();
				if (code == 429) {
					limited++;
				}
				else {
					accepted++;
				}
			}
			assertThat(accepted).isEqualTo(10);
			assertThat(limited).isEqualTo(2);
			// another address is not affected
			mvc.perform(get("/api/public/feedback/PA-000000-0000").param("key", "X").with(from("10.2.0.3")))
				.andExpect(status().isNotFound());
		}
	}
}
