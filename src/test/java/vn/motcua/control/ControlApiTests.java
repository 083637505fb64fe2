package vn.motcua.control;

import java.time.LocalDate;
import java.util.List;

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
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import vn.motcua.shared.VietnamTime;

/**
 * Procedure control end to end on its own agency (KST, no demo data): impact assessments and reviews through the
 * report API, plan targets measured from imported dossier histories with their states, tasks, reminders, bad
 * input and permissions.
 */
@MotCuaTest
class ControlApiTests {

	static final String PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanReminders reminders;

	@BeforeEach
	void agency() throws Exception {
		if (jdbc.sql("select count(*) from agency where code = 'KST'").query(Long.class).single() > 0) {
			return;
		}
		send("admin", post("/api/v1/agencies"), """
				{"code": "KST", "name": "Cơ quan thử kiểm soát TTHC", "identifierCode": "000.00.99.H36",
				 "level": "PROVINCE", "parentCode": null}""").andExpect(status().isCreated());
		send("admin", post("/api/v1/users"), """
				{"username": "ks.kst", "fullName": "Kiểm Soát Thử", "password": "%s", "agencyCode": "KST",
				 "roles": ["CONTROL_OFFICER"]}""".formatted(PASSWORD)).andExpect(status().isCreated());
		send("admin", post("/api/v1/users"), """
				{"username": "xem.kst", "fullName": "Người Xem Thử", "password": "%s", "agencyCode": "KST",
				 "roles": ["VIEWER"]}""".formatted(PASSWORD)).andExpect(status().isCreated());
		for (String[] p : List.of(new String[] { "KST.01", "FULL", "[{\"name\": \"Lệ phí\", \"amountVnd\": 30000}]" },
				new String[] { "KST.02", "PARTIAL\", \"onlineReason\": \"Phải nộp bản gốc", "[]" })) {
			send("admin", post("/api/v1/procedures"), """
					{"code": "%s", "name": "Thủ tục thử %s", "fieldCode": "DOI_NGOAI", "agencyCode": "KST",
					 "level": "PROVINCE", "origin": "LOCAL", "processingTime": {"amount": 5, "unit": "WORKING_DAY"},
					 "onlineMode": "%s", "fees": %s,
					 "components": [{"code": "TP1", "name": "Tờ khai", "required": true, "copies": 1}],
					 "resultType": "PAPER", "interAgency": false, "validFrom": "2020-01-01"}""".formatted(p[0], p[0],
					p[1], p[2])).andExpect(status().isCreated());
		}
	}

	ResultActions send(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String body) throws Exception {
		return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic(user, PASSWORD)));
	}

	String json(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	@Nested
	class ImpactAssessments {

		@Test
		void theFormGroupsDraftsByIssuerAndItsCellsAddUp() throws Exception {
			send("ks.kst", post("/api/v1/impact-assessments"), """
					{"draftTitle": "Dự thảo Quyết định quy định thủ tục hội nghị quốc tế", "issuer": "PROVINCIAL_COMMITTEE",
					 "assessedOn": "2022-04-10", "new": 2, "amended": 1, "repealed": 1, "kept": 3, "totalAfter": 6,
					 "issuedAs": "15/2022/QĐ-UBND ngày 10/5/2022"}""")
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.total").value(7))
				.andExpect(jsonPath("$.new").value(2))
				.andExpect(jsonPath("$.agencyCode").value("KST"));
			send("ks.kst", post("/api/v1/impact-assessments"), """
					{"draftTitle": "Dự thảo Nghị quyết về phí thẩm định", "issuer": "PROVINCIAL_COUNCIL",
					 "assessedOn": "2022-05-20", "new": 0, "amended": 2, "repealed": 0, "kept": 1, "totalAfter": 3}""")
				.andExpect(status().isCreated());
			send("ks.kst", post("/api/v1/impact-assessments"), """
					{"draftTitle": "Dự thảo ngoài kỳ", "issuer": "PROVINCIAL_COMMITTEE",
					 "assessedOn": "2022-07-01", "new": 9, "amended": 0, "repealed": 0, "kept": 0, "totalAfter": 9}""")
				.andExpect(status().isCreated());
			mvc.perform(get("/api/v1/reports/IMPACT").param("agency", "KST").param("period", "2022-Q2")
				.with(httpBasic("admin", PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.rows.length()").value(2))
				.andExpect(jsonPath("$.rows[0].code").value("I.1"))
				.andExpect(jsonPath("$.rows[0].label", containsString("15/2022/QĐ-UBND")))
				.andExpect(jsonPath("$.rows[0].cells['3']").value(7))
				.andExpect(jsonPath("$.rows[0].cells['4']").value(2))
				.andExpect(jsonPath("$.rows[0].cells['8']").value(6))
				.andExpect(jsonPath("$.rows[0].cells['9']").value(1))
				.andExpect(jsonPath("$.rows[1].code").value("II.1"))
				.andExpect(jsonPath("$.rows[1].cells['3']").value(3))
				.andExpect(jsonPath("$.rows[1].cells['9']").value(0))
				.andExpect(jsonPath("$.total.cells['3']").value(10))
				.andExpect(jsonPath("$.total.cells['5']").value(3))
				.andExpect(jsonPath("$.total.cells['7']").value(4))
				.andExpect(jsonPath("$.total.cells['8']").value(9));
			mvc.perform(get("/api/v1/reports/IMPACT/cells").param("agency", "KST").param("period", "2022-Q2")
				.param("row", "TOTAL").param("column", "5").with(httpBasic("admin", PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(2));
			for (String format : new String[] { "xlsx", "docx", "pdf" }) {
				mvc.perform(get("/api/v1/reports/IMPACT").param("agency", "KST").param("period", "2022-Q2")
					.param("format", format).with(httpBasic("admin", PASSWORD)))
					.andExpect(status().isOk());
			}
		}

		@Test
		void anEmptyPeriodShowsBothIssuerRowsWithZeros() throws Exception {
			mvc.perform(get("/api/v1/reports/IMPACT").param("agency", "KST").param("period", "2021-Q1")
				.with(httpBasic("admin", PASSWORD)))
				.andExpect(jsonPath("$.rows[0].code").value("I"))
				.andExpect(jsonPath("$.rows[1].code").value("II"))
				.andExpect(jsonPath("$.total.cells['3']").value(0));
		}

		@Test
		void badInputIsRefusedWithFieldErrorsAndNothingIsStored() throws Exception {
			long before = count("impact_assessment");
			send("ks.kst", post("/api/v1/impact-assessments"), """
					{"issuer": "PROVINCIAL_COMMITTEE", "assessedOn": "2022-04-10", "new": 1, "amended": 0,
					 "repealed": 0, "kept": 0, "totalAfter": 1}""")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("draftTitle"));
			send("ks.kst", post("/api/v1/impact-assessments"), """
					{"draftTitle": "Sai", "issuer": "BO_TRUONG", "assessedOn": "2022-04-10", "new": 1, "amended": 0,
					 "repealed": 0, "kept": 2, "totalAfter": 1}""")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("issuer"))
				.andExpect(jsonPath("$.errors[1].field").value("totalAfter"));
			send("ks.kst", post("/api/v1/impact-assessments"), """
					{"draftTitle": "Âm", "issuer": "PROVINCIAL_COUNCIL", "assessedOn": "2022-04-10", "new": -1,
					 "amended": 0, "repealed": 0, "kept": 0, "totalAfter": 0}""")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("newCount"));
			assertThat(count("impact_assessment")).isEqualTo(before);
		}
	}

	@Nested
	class Reviews {

		static final String REVIEW = """
				{"year": 2022, "planName": "Kế hoạch rà soát, đơn giản hóa TTHC năm 2022",
				 "procedures": [
				   {"code": "KST.01", "outcomes": ["KEEP", "ONLINE"], "costBeforeVnd": 10000000, "costAfterVnd": 6000000,
				    "reviewedOn": "2022-03-01"},
				   {"code": "KST.02", "outcomes": ["AMEND", "INTER_AGENCY", "ONLINE"], "costBeforeVnd": 4000000,
				    "costAfterVnd": 3000000, "reviewedOn": "2022-05-01"},
				   {"code": "X.03", "name": "Thủ tục bãi bỏ", "outcome": "REPEAL", "reviewedOn": "2022-08-01"},
				   {"code": "X.04", "name": "Thủ tục chưa rà soát"},
				   {"code": "X.05", "name": "Thủ tục chưa rà soát khác"}]}""";

		@Test
		void theFormCountsOutcomesSavingsAndCompletionUpToThePeriodEnd() throws Exception {
			send("ks.kst", post("/api/v1/reviews"), REVIEW)
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.planned").value(5))
				.andExpect(jsonPath("$.reviewed").value(3))
				.andExpect(jsonPath("$.savingsVnd").value(5000000))
				.andExpect(jsonPath("$.completionPercent").value(60.0))
				.andExpect(jsonPath("$.procedures[0].name").value("Thủ tục thử KST.01"))
				.andExpect(jsonPath("$.procedures[1].savingsVnd").value(1000000));
			mvc.perform(get("/api/v1/reports/REVIEW").param("agency", "KST").param("period", "2022-Q2")
				.with(httpBasic("admin", PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.rows.length()").value(1))
				.andExpect(jsonPath("$.total.cells['2']").value(5))
				.andExpect(jsonPath("$.total.cells['3']").value(2))
				.andExpect(jsonPath("$.total.cells['4']").value(1))
				.andExpect(jsonPath("$.total.cells['5']").value(0))
				.andExpect(jsonPath("$.total.cells['6']").value(1))
				.andExpect(jsonPath("$.total.cells['7']").value(0))
				.andExpect(jsonPath("$.total.cells['8']").value(1))
				.andExpect(jsonPath("$.total.cells['9']").value(2))
				.andExpect(jsonPath("$.total.cells['10']").value(5))
				.andExpect(jsonPath("$.total.cells['11']").value(36))
				.andExpect(jsonPath("$.total.cells['12']").value(40));
			mvc.perform(get("/api/v1/reports/REVIEW").param("agency", "KST").param("period", "2022-Q3")
				.with(httpBasic("admin", PASSWORD)))
				.andExpect(jsonPath("$.total.cells['3']").value(3))
				.andExpect(jsonPath("$.total.cells['5']").value(1))
				.andExpect(jsonPath("$.total.cells['12']").value(60));
			mvc.perform(get("/api/v1/reports/REVIEW/cells").param("agency", "KST").param("period", "2022-Q2")
				.param("row", "I.1").param("column", "9").with(httpBasic("admin", PASSWORD)))
				.andExpect(jsonPath("$.length()").value(2))
				.andExpect(jsonPath("$[0].code").value("KST.01"));
			mvc.perform(get("/api/v1/reports/REVIEW").param("agency", "KST").param("period", "2022-Q2")
				.param("format", "xlsx").with(httpBasic("admin", PASSWORD)))
				.andExpect(status().isOk());
		}

		@Test
		void aReviewedProcedureNeedsExactlyOneMainOutcomeAndNothingIsStoredOtherwise() throws Exception {
			long before = count("review_plan");
			send("ks.kst", post("/api/v1/reviews"), """
					{"year": 2022, "planName": "Sai",
					 "procedures": [{"code": "KST.01", "outcomes": ["ONLINE"], "reviewedOn": "2022-03-01"},
					                {"code": "KST.02", "outcomes": ["KEEP", "REPEAL"], "reviewedOn": "2022-03-01"},
					                {"code": "KHONG.CO"},
					                {"code": "KST.01", "outcome": "BOGUS", "costBeforeVnd": 5, "costAfterVnd": 9,
					                 "reviewedOn": "2022-03-01"}]}""")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("procedures[0].outcomes"))
				.andExpect(jsonPath("$.errors[1].field").value("procedures[1].outcomes"))
				.andExpect(jsonPath("$.errors[2].field").value("procedures[2].name"))
				.andExpect(jsonPath("$.errors[3].field").value("procedures[3].code"));
			send("ks.kst", post("/api/v1/reviews"), "{\"year\": 1800, \"planName\": \"\", \"procedures\": []}")
				.andExpect(status().isBadRequest());
			assertThat(count("review_plan")).isEqualTo(before);
		}
	}

	@Nested
	class Plans {

		static final String HISTORIES = """
				{"dossiers": [
				  {"externalId": "KST-1", "procedureCode": "KST.01", "channel": "ONLINE", "applicant": {"fullName": "Một"},
				   "components": [{"code": "TP1", "original": true, "copies": 1, "digitised": true, "reused": true}],
				   "events": [{"action": "RECEIVE", "at": "2023-03-01T09:00:00+07:00"},
				              {"action": "COMPLETE", "at": "2023-03-06T10:00:00+07:00"},
				              {"action": "RETURN_RESULT", "at": "2023-03-07T08:00:00+07:00"}]},
				  {"externalId": "KST-2", "procedureCode": "KST.01", "channel": "ONLINE", "applicant": {"fullName": "Hai"},
				   "components": [{"code": "TP1", "original": true, "copies": 1, "digitised": true}],
				   "events": [{"action": "RECEIVE", "at": "2023-03-01T10:00:00+07:00"},
				              {"action": "COMPLETE", "at": "2023-03-08T10:00:00+07:00"}]},
				  {"externalId": "KST-3", "procedureCode": "KST.01", "channel": "DIRECT", "applicant": {"fullName": "Ba"},
				   "components": [{"code": "TP1", "original": true, "copies": 1, "digitised": false}],
				   "events": [{"action": "RECEIVE", "at": "2023-03-02T09:00:00+07:00"},
				              {"action": "COMPLETE", "at": "2023-03-14T10:00:00+07:00"}]},
				  {"externalId": "KST-4", "procedureCode": "KST.01", "channel": "DIRECT", "applicant": {"fullName": "Bốn"},
				   "components": [{"code": "TP1", "original": true, "copies": 1}],
				   "events": [{"action": "RECEIVE", "at": "2023-04-03T09:00:00+07:00"}]}
				]}""";

		static final String PLAN = """
				{"agencyCode": "KST", "year": 2023, "title": "Kế hoạch kiểm soát TTHC năm 2023",
				 "tasks": [{"name": "Rà soát quy trình nội bộ", "owner": "Văn phòng", "deadline": "2023-06-30",
				            "output": "Báo cáo rà soát"},
				           {"name": "Công khai TTHC tại Bộ phận Một cửa", "owner": "Phòng Nghiệp vụ",
				            "deadline": "2023-03-31", "output": "Bảng niêm yết"},
				           {"name": "Theo dõi chỉ số 766", "owner": "Văn phòng", "output": "Báo cáo quý"}],
				 "targets": [{"indicator": "ONLINE_DOSSIERS", "target": 70}, {"indicator": "ON_TIME", "target": 60},
				             {"indicator": "DATA_REUSE", "target": 80}, {"indicator": "DESK_WAIT_MINUTES", "target": 15},
				             {"indicator": "FULLY_ONLINE_PROCEDURES", "target": 80},
				             {"indicator": "RESULTS_DIGITISED", "target": 100},
				             {"indicator": "ONLINE_PAYMENT", "target": 50}, {"indicator": "SATISFACTION", "target": 90},
				             {"indicator": "DOSSIERS_DIGITISED", "target": 50}]}""";

		String plan;

		@BeforeEach
		void data() throws Exception {
			String imported = json(send("admin", post("/api/v1/dossiers/import"), HISTORIES).andExpect(status().isOk()));
			if ((Integer) JsonPath.read(imported, "$.imported") > 0) {
				List<String> codes = JsonPath.read(imported, "$.dossiers[*].code");
				// the scanned result of the first dossier, and two ratings given in 2023
				jdbc.sql("update dossier set result_file_id = gen_random_uuid() where code = ?").param(codes.get(0))
					.update();
				jdbc.sql("insert into dossier_rating (dossier_id, score, rated_at) select id, 5, '2023-03-08T09:00:00+07' from dossier where code = ?")
					.param(codes.get(0)).update();
				jdbc.sql("insert into dossier_rating (dossier_id, score, rated_at) select id, 2, '2023-03-20T09:00:00+07' from dossier where code = ?")
					.param(codes.get(2)).update();
				send("admin", post("/api/v1/dossiers/" + codes.get(3) + "/payments"),
						"{\"amountVnd\": 30000, \"method\": \"ONLINE\", \"reference\": \"VNPAY-KST-4\"}")
					.andExpect(status().isCreated());
				for (String[] visit : List.of(new String[] { "2023-03-01T08:00:00+07:00", "2023-03-01T08:10:00+07:00" },
						new String[] { "2023-03-01T08:05:00+07:00", "2023-03-01T08:25:00+07:00" })) {
					String id = JsonPath.read(json(send("admin", post("/api/v1/desk-visits"),
							"{\"agencyCode\": \"KST\", \"at\": \"" + visit[0] + "\"}").andExpect(status().isCreated())),
							"$.id");
					send("admin", post("/api/v1/desk-visits/" + id + "/call"), "{\"at\": \"" + visit[1] + "\"}")
						.andExpect(status().isOk());
				}
			}
			plan = jdbc.sql("select id::text from control_plan where title = 'Kế hoạch kiểm soát TTHC năm 2023'")
				.query(String.class).optional().orElse(null);
			if (plan == null) {
				plan = JsonPath.read(json(send("ks.kst", post("/api/v1/plans"), PLAN).andExpect(status().isCreated())
					.andExpect(jsonPath("$.tasks.length()").value(3))
					.andExpect(jsonPath("$.tasks[2].deadlineNote").value("Thường xuyên trong năm"))
					.andExpect(jsonPath("$.targets.length()").value(9))), "$.id");
			}
		}

		@Test
		void targetsAreMeasuredFromTheDataOfTheYearWithTheirStates() throws Exception {
			mvc.perform(get("/api/v1/plans/" + plan + "/progress").param("on", "2023-06-30")
				.with(httpBasic("xem.kst", PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.targets[0].indicator").value("ONLINE_DOSSIERS"))
				.andExpect(jsonPath("$.targets[0].value").value(50.0))
				.andExpect(jsonPath("$.targets[0].state").value("AT_RISK"))
				.andExpect(jsonPath("$.targets[1].value").value(66.67))
				.andExpect(jsonPath("$.targets[1].state").value("MET"))
				.andExpect(jsonPath("$.targets[2].value").value(25.0))
				.andExpect(jsonPath("$.targets[2].state").value("MISSED"))
				.andExpect(jsonPath("$.targets[3].value").value(15.0))
				.andExpect(jsonPath("$.targets[3].state").value("MET"))
				.andExpect(jsonPath("$.targets[4].value").value(50.0))
				.andExpect(jsonPath("$.targets[4].state").value("AT_RISK"))
				.andExpect(jsonPath("$.targets[5].value").value(33.33))
				.andExpect(jsonPath("$.targets[5].state").value("MISSED"))
				.andExpect(jsonPath("$.targets[6].value").value(25.0))
				.andExpect(jsonPath("$.targets[6].state").value("AT_RISK"))
				.andExpect(jsonPath("$.targets[7].value").value(50.0))
				.andExpect(jsonPath("$.targets[7].state").value("MISSED"))
				.andExpect(jsonPath("$.targets[8].value").value(50.0))
				.andExpect(jsonPath("$.targets[8].state").value("MET"))
				.andExpect(jsonPath("$.targets[0].trend.length()").value(6))
				.andExpect(jsonPath("$.targets[0].trend[2].month").value("2023-03"))
				.andExpect(jsonPath("$.targets[0].trend[2].value").value(66.67))
				.andExpect(jsonPath("$.targets[0].trend[3].value").value(0.0))
				.andExpect(jsonPath("$.tasks[1].status").value("LATE"))
				.andExpect(jsonPath("$.tasks[2].deadline").value("2023-12-31"));
			mvc.perform(get("/api/v1/plans/" + plan + "/progress").param("on", "2023-02-28")
				.with(httpBasic("ks.kst", PASSWORD)))
				.andExpect(jsonPath("$.targets[0].value").doesNotExist())
				.andExpect(jsonPath("$.targets[0].state").value("AT_RISK"))
				.andExpect(jsonPath("$.tasks[1].status").value("TODO"));
			mvc.perform(get("/api/v1/plans/" + plan + "/progress").param("on", "2023-12-31")
				.with(httpBasic("ks.kst", PASSWORD)))
				.andExpect(jsonPath("$.targets[0].state").value("MISSED"))
				.andExpect(jsonPath("$.targets[4].state").value("MISSED"))
				.andExpect(jsonPath("$.targets[1].state").value("MET"));
		}

		@Test
		void everyValueOpensOnTheRecordsBehindIt() throws Exception {
			mvc.perform(get("/api/v1/plans/" + plan + "/targets/ONLINE_DOSSIERS/records").param("on", "2023-06-30")
				.with(httpBasic("ks.kst", PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.records.length()").value(4))
				.andExpect(jsonPath("$.records[0].counted").value(true))
				.andExpect(jsonPath("$.records[2].counted").value(false))
				.andExpect(jsonPath("$.records[0].link", containsString("/ho-so/000.00.99.H36-230301-")));
			mvc.perform(get("/api/v1/plans/" + plan + "/targets/DESK_WAIT_MINUTES/records").param("on", "2023-06-30")
				.with(httpBasic("ks.kst", PASSWORD)))
				.andExpect(jsonPath("$.records.length()").value(2))
				.andExpect(jsonPath("$.records[1].reason", containsString("20,0 phút")));
			mvc.perform(get("/api/v1/plans/" + plan + "/targets/FULLY_ONLINE_PROCEDURES/records")
				.param("on", "2023-06-30").with(httpBasic("ks.kst", PASSWORD)))
				.andExpect(jsonPath("$.records.length()").value(2));
		}

		@Test
		void aTaskIsDoneOnlyWithEvidenceAndADoneTaskCanOnlyBeReopened() throws Exception {
			String created = json(send("ks.kst", post("/api/v1/plans/" + plan + "/tasks"),
					"{\"name\": \"Tập huấn nghiệp vụ\", \"owner\": \"Văn phòng\", \"deadline\": \"2023-09-30\"}")
				.andExpect(status().isCreated()));
			String task = JsonPath.read(created, "$.id");
			String url = "/api/v1/plans/" + plan + "/tasks/" + task + "/status";
			send("ks.kst", post(url), "{\"status\": \"DONE\"}")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("evidenceLink"));
			send("ks.kst", post(url), "{\"status\": \"LATE\"}").andExpect(status().isUnprocessableContent());
			send("ks.kst", post(url), "{\"status\": \"DONE\", \"doneOn\": \"2023-09-15\", \"evidenceLink\": \"https://snv.hatinh.gov.vn/tap-huan\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("DONE"));
			send("ks.kst", post(url), "{\"status\": \"TODO\"}")
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.state").value("DONE"));
			mvc.perform(get("/api/v1/plans/" + plan + "/progress").param("on", "2023-09-20")
				.with(httpBasic("ks.kst", PASSWORD)))
				.andExpect(jsonPath("$.tasks[?(@.id == '" + task + "')].status").value("DONE"));
			mvc.perform(get("/api/v1/plans/" + plan + "/progress").param("on", "2023-09-10")
				.with(httpBasic("ks.kst", PASSWORD)))
				.andExpect(jsonPath("$.tasks[?(@.id == '" + task + "')].status").value("DOING"));
			send("ks.kst", post(url), "{\"status\": \"DOING\"}").andExpect(status().isOk());
		}

		@Test
		void theDailyJobRemindsOnceOfTasksDueWithinAWeekUntilTheyAreDone() throws Exception {
			String created = json(send("ks.kst", post("/api/v1/plans/" + plan + "/tasks"),
					"{\"name\": \"Báo cáo quý II\", \"owner\": \"Văn phòng\", \"deadline\": \"2023-05-12\"}")
				.andExpect(status().isCreated()));
			String task = JsonPath.read(created, "$.id");
			assertThat(reminders.remind(LocalDate.of(2023, 5, 1))).isZero();
			assertThat(reminders.remind(LocalDate.of(2023, 5, 5))).isEqualTo(1);
			assertThat(reminders.remind(LocalDate.of(2023, 5, 6))).isZero();
			mvc.perform(get("/api/v1/plans/" + plan + "/reminders").with(httpBasic("ks.kst", PASSWORD)))
				.andExpect(jsonPath("$[?(@.taskId == '" + task + "')].deadline").value("2023-05-12"));
			mvc.perform(get("/api/v1/plans/reminders").with(httpBasic("ks.kst", PASSWORD)))
				.andExpect(jsonPath("$[?(@.taskId == '" + task + "')].planTitle").value("Kế hoạch kiểm soát TTHC năm 2023"));
			mvc.perform(get("/api/v1/plans/reminders").with(httpBasic("kiemsoat", PASSWORD)))
				.andExpect(jsonPath("$[?(@.taskId == '" + task + "')]").isEmpty());
			send("ks.kst", post("/api/v1/plans/" + plan + "/tasks/" + task + "/status"),
					"{\"status\": \"DONE\", \"evidenceLink\": \"/bao-cao\", \"doneOn\": \"2023-05-11\"}")
				.andExpect(status().isOk());
			mvc.perform(get("/api/v1/plans/" + plan + "/reminders").with(httpBasic("ks.kst", PASSWORD)))
				.andExpect(jsonPath("$[?(@.taskId == '" + task + "')]").isEmpty());
		}

		@Test
		void badPlansAreRefusedWithFieldErrorsAndNothingIsStored() throws Exception {
			long before = count("control_plan");
			send("ks.kst", post("/api/v1/plans"), """
					{"year": 2024, "title": "Sai",
					 "tasks": [{"name": "A", "owner": "B", "deadline": "2025-01-10"}],
					 "targets": [{"indicator": "HAPPINESS", "target": 10}, {"indicator": "ON_TIME", "target": 120}]}""")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("tasks[0].deadline"))
				.andExpect(jsonPath("$.errors[1].field").value("targets[0].indicator"))
				.andExpect(jsonPath("$.errors[2].field").value("targets[1].target"));
			send("ks.kst", post("/api/v1/plans"), "{\"year\": 2024, \"tasks\": [{\"owner\": \"B\"}]}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors.length()").value(2));
			mvc.perform(get("/api/v1/plans/" + plan + "/progress").param("on", "2022-12-31")
				.with(httpBasic("ks.kst", PASSWORD))).andExpect(status().isUnprocessableContent());
			assertThat(count("control_plan")).isEqualTo(before);
		}

		@Test
		void aPlanForANextYearShowsItsProgressFromItsFirstDay() throws Exception {
			int next = LocalDate.now(VietnamTime.ZONE).getYear() + 1;
			String future = JsonPath.read(json(send("ks.kst", post("/api/v1/plans"),
					"{\"year\": " + next + ", \"title\": \"Kế hoạch năm sau\", \"tasks\": [{\"name\": \"A\", \"owner\": \"B\"}],"
							+ " \"targets\": [{\"indicator\": \"ONLINE_DOSSIERS\", \"target\": 70}]}")
				.andExpect(status().isCreated())), "$.id");
			mvc.perform(get("/api/v1/plans/" + future + "/progress").with(httpBasic("ks.kst", PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.on").value(next + "-01-01"))
				.andExpect(jsonPath("$.targets[0].state").value("AT_RISK"))
				.andExpect(jsonPath("$.tasks[0].status").value("TODO"));
		}

		@Test
		void theSameExternalIdTwiceGivesTheFirstRecord() throws Exception {
			String body = "{\"year\": 2024, \"title\": \"Kế hoạch gửi lại\", \"externalId\": \"KH-2024-01\","
					+ " \"tasks\": [{\"name\": \"A\", \"owner\": \"B\"}]}";
			String first = JsonPath.read(json(send("ks.kst", post("/api/v1/plans"), body).andExpect(status().isCreated())), "$.id");
			String again = JsonPath.read(json(send("ks.kst", post("/api/v1/plans"), body).andExpect(status().isCreated())), "$.id");
			assertThat(again).isEqualTo(first);
			assertThat(jdbc.sql("select count(*) from control_plan where external_id = 'KH-2024-01'").query(Long.class)
				.single()).isEqualTo(1);
			String assessment = """
					{"draftTitle": "Gửi lại", "issuer": "PROVINCIAL_COUNCIL", "assessedOn": "2020-04-10", "new": 1,
					 "amended": 0, "repealed": 0, "kept": 0, "totalAfter": 1, "externalId": "DG-1"}""";
			String a1 = JsonPath.read(json(send("ks.kst", post("/api/v1/impact-assessments"), assessment)), "$.id");
			String a2 = JsonPath.read(json(send("ks.kst", post("/api/v1/impact-assessments"), assessment)), "$.id");
			assertThat(a2).isEqualTo(a1);
		}

		@Test
		void targetsAreReplacedAllOrNothing() throws Exception {
			String other = JsonPath.read(json(send("ks.kst", post("/api/v1/plans"),
					"{\"year\": 2024, \"title\": \"Kế hoạch đổi chỉ tiêu\", \"targets\": [{\"indicator\": \"ON_TIME\", \"target\": 90}]}")
				.andExpect(status().isCreated())), "$.id");
			send("ks.kst", put("/api/v1/plans/" + other + "/targets"),
					"{\"targets\": [{\"indicator\": \"SATISFACTION\", \"target\": 90}, {\"indicator\": \"DESK_WAIT_MINUTES\", \"target\": 15}]}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.targets.length()").value(2))
				.andExpect(jsonPath("$.targets[1].indicator").value("DESK_WAIT_MINUTES"));
			send("ks.kst", put("/api/v1/plans/" + other + "/targets"),
					"{\"targets\": [{\"indicator\": \"ON_TIME\", \"target\": 90}, {\"indicator\": \"ON_TIME\", \"target\": 80}]}")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("targets[1].indicator"));
			send("xem.kst", put("/api/v1/plans/" + other + "/targets"), "{\"targets\": []}")
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/plans/" + other).with(httpBasic("xem.kst", PASSWORD)))
				.andExpect(jsonPath("$.targets.length()").value(2));
		}

		@Test
		void onlyControlOfficersHeadsAndAdminsWriteAndOtherAgenciesSeeNothing() throws Exception {
			send("xem.kst", post("/api/v1/plans"), PLAN).andExpect(status().isForbidden());
			send("motcua", post("/api/v1/plans"), "{\"year\": 2026, \"title\": \"Không được\"}")
				.andExpect(status().isForbidden());
			send("xem", post("/api/v1/impact-assessments"), """
					{"draftTitle": "X", "issuer": "PROVINCIAL_COUNCIL", "assessedOn": "2022-04-10", "new": 1,
					 "amended": 0, "repealed": 0, "kept": 0, "totalAfter": 1}""").andExpect(status().isForbidden());
			send("chuyenvien", post("/api/v1/reviews"), Reviews.REVIEW).andExpect(status().isForbidden());
			send("giamdoc", post("/api/v1/plans"), "{\"year\": 2026, \"title\": \"Kế hoạch của lãnh đạo\"}")
				.andExpect(status().isCreated());
			mvc.perform(get("/api/v1/plans/" + plan).with(httpBasic("kiemsoat", PASSWORD)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/plans/" + plan + "/progress").with(httpBasic("quantri.stp", PASSWORD)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/plans").with(httpBasic("kiemsoat", PASSWORD)))
				.andExpect(jsonPath("$[?(@.agencyCode == 'KST')]").isEmpty());
			send("kiemsoat", post("/api/v1/plans/" + plan + "/tasks"), "{\"name\": \"X\", \"owner\": \"Y\"}")
				.andExpect(status().isForbidden());
			send("ks.kst", post("/api/v1/desk-visits"), "{}").andExpect(status().isForbidden());
			mvc.perform(get("/kiem-soat/ke-hoach/" + plan).with(user("kiemsoat").roles("CONTROL_OFFICER")))
				.andExpect(status().isForbidden());
			mvc.perform(get("/kiem-soat/ke-hoach/" + plan + "/tien-do").with(user("quantri.stp").roles("AGENCY_ADMIN")))
				.andExpect(status().isForbidden());
			long plans = count("control_plan");
			mvc.perform(post("/kiem-soat/ke-hoach/moi").param("year", "2026").param("title", "Người xem không lập được")
				.with(user("xem").roles("VIEWER")).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post("/kiem-soat/ke-hoach/" + plan + "/nhiem-vu").param("name", "X").param("owner", "Y")
				.with(user("kiemsoat").roles("CONTROL_OFFICER")).with(csrf())).andExpect(status().isForbidden());
			assertThat(count("control_plan")).isEqualTo(plans);
		}
	}
}
