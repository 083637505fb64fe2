package vn.motcua.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The outbox page and API: what an administrator sees of his agencies, retry and cancel, problems for bad input. */
@MotCuaTest
class OutboxPageTests {

	static final String PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxManagement outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	/** A dead-lettered message of the demo Sở Ngoại vụ, with its error. */
	UUID deadMessage(String kind, String key) {
		UUID agency = jdbc.sql("select id from agency where code = 'SNV-HT'").query(UUID.class).single();
		UUID id = new TransactionTemplate(transactionManager).execute(s -> outbox
			.enqueue(OutgoingMessage.json(Destination.of(kind), key, agency, "Mã 2 · Được tiếp nhận", "{}")));
		Deliverer refusing = Deliverer.of(kind, message -> {
			return DeliveryResult.permanentFailure("HTTP 422: Cổng từ chối mã hồ sơ");
		});
		new OutboxSender(jdbc, transactionManager, Clock.systemUTC(),
				new OutboxProperties(true, Duration.ofSeconds(1), 10, 3, Duration.ofSeconds(1), 2.0,
						Duration.ofMinutes(1), Duration.ZERO, Duration.ofMinutes(1)),
				Map.of(kind, refusing), "page-test")
			.sendDue();
		return id;
	}

	@Test
	void theAgencyAdministratorSeesAFailedMessageWithItsErrorAndRetriesIt() throws Exception {
		String kind = "TPAGE" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		String key = "KEY-" + UUID.randomUUID();
		UUID id = deadMessage(kind, key);
		mvc.perform(get("/quan-tri/hang-doi").param("q", key).with(user("quantri").roles("AGENCY_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("HTTP 422: Cổng từ chối mã hồ sơ")))
			.andExpect(content().string(containsString("Hỏng hẳn")))
			.andExpect(content().string(containsString("Gửi lại")));
		mvc.perform(get("/quan-tri/hang-doi").param("q", key).with(user("quantri.stp").roles("AGENCY_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(key + "</span>"))))
			.andExpect(content().string(containsString("Không có tin nào.")));
		mvc.perform(post("/quan-tri/hang-doi/" + id + "/gui-lai").with(csrf())
			.with(user("quantri").roles("AGENCY_ADMIN")))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select state from outbox_message where id = :id").param("id", id).query(String.class)
			.single()).isEqualTo("WAITING");
		mvc.perform(post("/quan-tri/hang-doi/" + id + "/huy").with(csrf()).with(user("quantri").roles("AGENCY_ADMIN")))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select state from outbox_message where id = :id").param("id", id).query(String.class)
			.single()).isEqualTo("CANCELLED");
		mvc.perform(get("/quan-tri/hang-doi").with(user("motcua").roles("RECEPTION_OFFICER")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/quan-tri/hang-doi").param("state", "SAI").with(user("quantri").roles("AGENCY_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trạng thái không hợp lệ")));
	}

	@Test
	void theApiListsRetriesAndCancelsWithinTheCallersAgencies() throws Exception {
		String kind = "TAPI" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		UUID id = deadMessage(kind, "API-" + UUID.randomUUID());
		mvc.perform(get("/api/v1/outbox").param("state", "DEAD").param("kind", kind)
			.with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(id.toString()))
			.andExpect(jsonPath("$.items[0].lastError").value("HTTP 422: Cổng từ chối mã hồ sơ"));
		mvc.perform(get("/api/v1/outbox/" + id).with(httpBasic("quantri.stp", PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/outbox/" + id + "/retry").with(httpBasic("quantri.stp", PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/outbox/" + id + "/retry").with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("WAITING"));
		mvc.perform(post("/api/v1/outbox/" + id + "/retry").with(httpBasic("quantri", PASSWORD)))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/outbox/" + id + "/cancel").with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CANCELLED"));
		mvc.perform(get("/api/v1/outbox").param("state", "NOPE").with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("state"));
		mvc.perform(get("/api/v1/outbox/khong-phai-uuid").with(httpBasic("admin", PASSWORD)))
			.andExpect(status().is4xxClientError());
		mvc.perform(get("/api/v1/outbox/counts").with(httpBasic("xem", PASSWORD))).andExpect(status().isForbidden());
	}
}
