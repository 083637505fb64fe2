package vn.motcua.system;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * API.md: "the same key twice gives the first result, never a second record" holds when the same key arrives eight
 * times at once: every request gets a 2xx naming the same record, and there is one record. Before, the losers of the
 * race got 409 "integrity violation".
 */
@MotCuaTest
class ConcurrentExternalIdTests {

	static final String PASSWORD = "MotCua@2026";

	static final int CLIENTS = 8;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	record Answer(int status, String body) {
	}

	/** The same request from {@link #CLIENTS} threads released together. */
	List<Answer> atOnce(String user, java.util.function.Supplier<MockHttpServletRequestBuilder> request, String body) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Answer>> futures = new ArrayList<>();
			for (int i = 0; i < CLIENTS; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					MockHttpServletResponse response = mvc
						.perform(request.get().contentType(MediaType.APPLICATION_JSON)
							.content(body)
							.with(httpBasic(user, PASSWORD)))
						.andReturn()
						.getResponse();
					return new Answer(response.getStatus(), response.getContentAsString());
				}));
			}
			start.countDown();
			List<Answer> answers = new ArrayList<>();
			for (Future<Answer> f : futures) {
				answers.add(f.get(120, TimeUnit.SECONDS));
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	static List<Object> values(List<Answer> answers, String path) {
		assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isBetween(200, 299));
		return answers.stream().map(a -> (Object) JsonPath.read(a.body(), path)).distinct().toList();
	}

	long count(String sql, String key) {
		return jdbc.sql(sql).param(key).query(Long.class).single();
	}

	@org.junit.jupiter.api.BeforeEach
	void procedure() throws Exception {
		if (count("select count(*) from procedure where code = ?", "CC.000001") == 0) {
			mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content("""
					{"code": "CC.000001", "name": "Thủ tục thử nhận đồng thời", "fieldCode": "DOI_NGOAI",
					 "agencyCode": "SNV-HT", "processingTime": {"amount": 5, "unit": "WORKING_DAY"},
					 "components": [{"code": "TP1", "name": "Tờ khai", "required": true, "copies": 1}],
					 "validFrom": "2020-01-01"}""").with(httpBasic("quantri", PASSWORD)))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated());
		}
	}

	@Test
	void dossierIntakeWithTheSameExternalId() throws Exception {
		String key = "CC-" + UUID.randomUUID();
		String body = """
				{"procedureCode": "CC.000001", "channel": "ONLINE", "externalId": "%s",
				 "applicant": {"fullName": "Đồng Thời", "idNumber": "042090000001"},
				 "components": [{"code": "TP1", "original": true, "copies": 1}]}""".formatted(key);
		assertThat(values(atOnce("motcua", () -> post("/api/v1/dossiers"), body), "$.code")).hasSize(1);
		assertThat(count("select count(*) from dossier where external_id = ?", key)).isOne();
	}

	@Test
	void dossierImportWithTheSameExternalId() throws Exception {
		String key = "CCI-" + UUID.randomUUID();
		String body = """
				{"dossiers": [{"externalId": "%s", "procedureCode": "CC.000001", "channel": "DIRECT",
				  "applicant": {"fullName": "Nhập Đồng Thời"},
				  "events": [{"action": "RECEIVE", "at": "2026-04-15T09:00:00+07:00"}]}]}""".formatted(key);
		assertThat(values(atOnce("quantri", () -> post("/api/v1/dossiers/import"), body), "$.dossiers[0].code")).hasSize(1);
		assertThat(count("select count(*) from dossier where external_id = ?", key)).isOne();
	}

	@Test
	void feedbackWithTheSameExternalIdOrIdempotencyKey() throws Exception {
		String key = "CCF-" + UUID.randomUUID();
		String body = """
				{"externalId": "%s", "agencyCode": "SNV-HT", "channel": "PHONE", "sender": {"name": "Gọi Đồng Thời"},
				 "content": "Phản ánh gửi tám lần cùng lúc", "fieldCode": "LANH_SU", "kind": "BEHAVIOUR"}"""
			.formatted(key);
		assertThat(values(atOnce("motcua", () -> post("/api/v1/feedback"), body), "$.number")).hasSize(1);
		assertThat(count("select count(*) from feedback where external_id = ?", key)).isOne();

		String idempotencyKey = "CCK-" + UUID.randomUUID();
		String unkeyed = body.replace("\"externalId\": \"" + key + "\", ", "");
		assertThat(values(atOnce("motcua", () -> post("/api/v1/feedback").header("Idempotency-Key", idempotencyKey), unkeyed),
				"$.number")).hasSize(1);
		assertThat(count("select count(*) from feedback where external_id = ?", idempotencyKey)).isOne();
	}

	@Test
	void feedbackImportWithTheSameExternalId() throws Exception {
		String key = "CCFI-" + UUID.randomUUID();
		String body = """
				{"feedback": [{"externalId": "%s", "agencyCode": "SNV-HT", "channel": "LETTER",
				  "sender": {"name": "Thư Đồng Thời"}, "content": "Nhập cùng lúc", "fieldCode": "DOI_NGOAI",
				  "kind": "REGULATION", "events": [{"action": "RECEIVE", "at": "2026-03-02T09:00:00+07:00"}]}]}"""
			.formatted(key);
		assertThat(values(atOnce("quantri", () -> post("/api/v1/feedback/import"), body), "$.feedback[0].number"))
			.hasSize(1);
		assertThat(count("select count(*) from feedback where external_id = ?", key)).isOne();
	}

	@Test
	void controlRecordsWithTheSameExternalId() throws Exception {
		String key = "CCA-" + UUID.randomUUID();
		String assessment = """
				{"agencyCode": "SNV-HT", "draftTitle": "Dự thảo gửi đồng thời", "issuer": "PROVINCIAL_COMMITTEE",
				 "assessedOn": "2026-04-10", "new": 1, "amended": 0, "repealed": 0, "kept": 0, "totalAfter": 1,
				 "externalId": "%s"}""".formatted(key);
		assertThat(values(atOnce("kiemsoat", () -> post("/api/v1/impact-assessments"), assessment), "$.id")).hasSize(1);
		assertThat(count("select count(*) from impact_assessment where external_id = ?", key)).isOne();

		String planKey = "CCP-" + UUID.randomUUID();
		String plan = """
				{"agencyCode": "SNV-HT", "year": 2026, "title": "Kế hoạch gửi đồng thời", "externalId": "%s",
				 "targets": [{"indicator": "ONLINE_DOSSIERS", "target": 70}]}""".formatted(planKey);
		assertThat(values(atOnce("kiemsoat", () -> post("/api/v1/plans"), plan), "$.id")).hasSize(1);
		assertThat(count("select count(*) from control_plan where external_id = ?", planKey)).isOne();
	}
}
