package vn.motcua.portal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.MotCuaTest;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierTransitioned;
import vn.motcua.outbox.Destination;
import vn.motcua.outbox.OutboxManagement;
import vn.motcua.outbox.OutboxProperties;
import vn.motcua.outbox.OutboxSender;
import vn.motcua.outbox.OutgoingMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Status sync with the national portal: every change of national code of a dossier's life reaches the fake portal
 * once, in order; the HTTP adapter retries a portal that answers 500 for a while and gives up on a 4xx; the sync
 * state is shown per dossier, to its own agency only.
 */
@MotCuaTest
class PortalSyncTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FakePortal fake;

	@Autowired
	OutboxSender sender;

	@Autowired
	OutboxManagement outbox;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@BeforeEach
	void procedure() throws Exception {
		PortalTestSupport.procedure(mvc);
	}

	@Test
	void everyChangeOfNationalCodeReachesTheFakePortalOnceAndInOrder() throws Exception {
		String code = PortalTestSupport.wholeLife(mvc);
		sender.sendDue();
		assertThat(fake.received(code)).extracting(FakePortal.Receipt::statusCode).containsExactly(2, 5, 2, 9, 10);
		assertThat(fake.received(code)).extracting(r -> r.changedAt().toInstant())
			.isSorted()
			.first()
			.isEqualTo(OffsetDateTime.parse("2026-04-15T09:00:00+07:00").toInstant());
		// each message's body is the documented JSON, numbered per dossier
		List<String> bodies = jdbc.sql("select body from portal_fake_receipt where dossier_code = :c order by received_at")
			.param("c", code)
			.query(String.class)
			.list();
		PortalStatusMessage first = json.readValue(bodies.get(0), PortalStatusMessage.class);
		PortalStatusMessage last = json.readValue(bodies.get(4), PortalStatusMessage.class);
		assertThat(first.sequence()).isEqualTo(1);
		assertThat(first.previousStatusCode()).isNull();
		assertThat(first.statusName()).isEqualTo("Được tiếp nhận");
		assertThat(last.sequence()).isEqualTo(5);
		assertThat(last.previousStatusCode()).isEqualTo(9);
		assertThat(last.action()).isEqualTo("RETURN_RESULT");
		assertThat(last.changedAt().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
	}

	@Test
	void theFakePortalKeepsARepeatedMessageOnce() {
		PortalStatusMessage message = new PortalStatusMessage(UUID.randomUUID(), "LAP-" + UUID.randomUUID(), 1, 2,
				"Được tiếp nhận", null, "RECEIVE", OffsetDateTime.now());
		String body = json.writeValueAsString(message);
		fake.send(message, body);
		fake.send(message, body);
		assertThat(fake.received(message.dossierCode())).hasSize(1);
	}

	@Test
	void aStepThatKeepsTheNationalCodeSendsNothing() {
		String code = "GIU-MA-" + UUID.randomUUID();
		UUID agency = jdbc.sql("select id from agency where code = 'SNV-HT'").query(UUID.class).single();
		OffsetDateTime at = OffsetDateTime.now();
		new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
			events.publishEvent(new DossierTransitioned(UUID.randomUUID(), code, agency, DossierAction.ASSIGN,
					DossierStatus.RECEIVED, DossierStatus.ASSIGNED, at, "truongphong", false));
			events.publishEvent(new DossierTransitioned(UUID.randomUUID(), code, agency, DossierAction.SUBMIT,
					DossierStatus.ASSIGNED, DossierStatus.AWAITING_APPROVAL, at, "chuyenvien", false));
			events.publishEvent(new DossierTransitioned(UUID.randomUUID(), code, agency, DossierAction.APPROVE,
					DossierStatus.AWAITING_APPROVAL, DossierStatus.APPROVED, at, "giamdoc", false));
		});
		assertThat(outbox.ofKey(PortalSync.PORTAL, code)).hasSize(1);
	}

	@Test
	void aDossierChangeRolledBackSendsNothing() {
		String code = "HUY-GD-" + UUID.randomUUID();
		UUID agency = jdbc.sql("select id from agency where code = 'SNV-HT'").query(UUID.class).single();
		new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
			events.publishEvent(new DossierTransitioned(UUID.randomUUID(), code, agency, DossierAction.RECEIVE,
					DossierStatus.RECEIVED, DossierStatus.RECEIVED, OffsetDateTime.now(), "motcua", false));
			s.setRollbackOnly();
		});
		assertThat(outbox.ofKey(PortalSync.PORTAL, code)).isEmpty();
	}

	@Test
	void theHttpAdapterRetriesAPortalThatAnswers500ForAWhileWithOneIdempotencyKey() throws Exception {
		AtomicInteger failuresLeft = new AtomicInteger(3);
		List<String> keys = new CopyOnWriteArrayList<>();
		List<String> authorisations = new CopyOnWriteArrayList<>();
		List<String> bodies = new CopyOnWriteArrayList<>();
		HttpServer portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		portal.createContext("/trang-thai", exchange -> {
			keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
			authorisations.add(exchange.getRequestHeaders().getFirst("Authorization"));
			bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			int status = failuresLeft.getAndDecrement() > 0 ? 500 : 200;
			reply(exchange, status, status == 500 ? "{\"error\": \"quá tải\"}" : "{\"ok\": true}");
		});
		portal.start();
		try {
			String kind = "THTTP" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
			HttpPortal adapter = new HttpPortal(URI.create("http://127.0.0.1:" + portal.getAddress().getPort() + "/trang-thai"),
					Duration.ofSeconds(5), "motcua-ht", "bi-mat", null);
			OutboxSender http = new OutboxSender(jdbc, transactionManager, Clock.systemUTC(),
					new OutboxProperties(true, Duration.ofSeconds(1), 10, 6, Duration.ZERO, 2.0, Duration.ofSeconds(1),
							Duration.ZERO, Duration.ofMinutes(1)),
					Map.of(kind, new PortalDeliverer(adapter, json, jdbc, Clock.systemUTC())), "http-test");
			UUID id = enqueue(kind, 4);
			for (int i = 0; i < 6 && keys.size() < 4; i++) {
				http.sendDue();
			}
			assertThat(keys).hasSize(4).containsOnly(id.toString());
			assertThat(authorisations).containsOnly("Basic " + java.util.Base64.getEncoder()
				.encodeToString("motcua-ht:bi-mat".getBytes(StandardCharsets.UTF_8)));
			assertThat(json.readValue(bodies.get(3), PortalStatusMessage.class).statusCode()).isEqualTo(4);
			var entry = vn.motcua.shared.SystemTask.call(() -> outbox.find(id));
			assertThat(entry.state()).isEqualTo(vn.motcua.outbox.MessageState.DELIVERED);
			assertThat(entry.attempts()).isEqualTo(4);
			assertThat(entry.lastError()).startsWith("HTTP 500");
		}
		finally {
			portal.stop(0);
		}
	}

	@Test
	void theHttpAdapterGivesUpOnARefusalAndRetriesAnUnreachablePortal() throws Exception {
		HttpServer portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		portal.createContext("/", exchange -> reply(exchange, 422, "{\"error\": \"mã hồ sơ sai\"}"));
		portal.start();
		int port = portal.getAddress().getPort();
		HttpPortal refusing = new HttpPortal(URI.create("http://127.0.0.1:" + port + "/"), Duration.ofSeconds(5), null,
				null, "token-1");
		PortalStatusMessage message = new PortalStatusMessage(UUID.randomUUID(), "X", 1, 2, "Được tiếp nhận", null,
				"RECEIVE", OffsetDateTime.now());
		try {
			assertThat(refusing.send(message, "{}")).isInstanceOf(vn.motcua.outbox.DeliveryResult.PermanentFailure.class);
		}
		finally {
			portal.stop(0);
		}
		HttpPortal unreachable = new HttpPortal(URI.create("http://127.0.0.1:" + port + "/"), Duration.ofSeconds(2), null,
				null, null);
		assertThat(unreachable.send(message, "{}")).isInstanceOf(vn.motcua.outbox.DeliveryResult.RetryLater.class);
	}

	@Test
	void theSyncStateIsShownToTheDossiersAgencyOnly() throws Exception {
		String code = PortalTestSupport.wholeLife(mvc);
		sender.sendDue();
		mvc.perform(get("/api/v1/portal-sync/" + code).with(httpBasic("motcua", PortalTestSupport.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lastSentCode").value(10))
			.andExpect(jsonPath("$.lastSentName").value("Đã trả kết quả"))
			.andExpect(jsonPath("$.pending").value(0))
			.andExpect(jsonPath("$.dead").value(0));
		mvc.perform(get("/api/v1/portal-sync/" + code).with(httpBasic("quantri.stp", PortalTestSupport.PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/dong-bo-cong-dvc/" + code).with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("motcua")
					.roles("RECEPTION_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("đã gửi mã <strong>10</strong>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Đã đồng bộ")));
	}

	private UUID enqueue(String kind, int statusCode) {
		UUID id = UUID.randomUUID();
		PortalStatusMessage message = new PortalStatusMessage(id, "HTTP-" + id, 1, statusCode, NationalStatus.name(statusCode),
				null, "ASSIGN", OffsetDateTime.now());
		return new TransactionTemplate(transactionManager).execute(s -> outbox.enqueue(new OutgoingMessage(id,
				Destination.of(kind), message.dossierCode(), null, "thử", "application/json", json.writeValueAsBytes(message))));
	}

	private static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}
}
