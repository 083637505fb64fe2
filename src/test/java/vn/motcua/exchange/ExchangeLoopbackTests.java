package vn.motcua.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.MotCuaTest;
import vn.motcua.shared.SystemTask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sending end and the back-flow (issue #17 items 1 and 3) on the demo's loopback peer: a FORWARD to BNG-CLS is
 * enqueued with the dossier change, delivered by the outbox, made into the Cục Lãnh sự's linked dossier with the
 * paper's file; the Cục Lãnh sự completes it with a result file, and the province's dossier comes back completed with
 * that file and the other leg's timeline. And a peer that answers 500 for a while is retried until it acknowledges,
 * and the message is sent (and logged as sent) once.
 */
@MotCuaTest
class ExchangeLoopbackTests {

	static final String PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PeerManagement peers;

	@Autowired
	JsonMapper json;

	String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	String upload(String user, byte[] bytes, String name) throws Exception {
		return JsonPath.read(body(mvc.perform(multipart("/api/v1/files")
			.file(new MockMultipartFile("file", name, "application/pdf", bytes))
			.with(httpBasic(user, PASSWORD))).andExpect(status().isCreated())), "$.id");
	}

	String forwardedDossier(String target) throws Exception {
		String file = upload("motcua", pdf(), "to-khai.pdf");
		String code = JsonPath.read(body(mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content("""
				{"procedureCode": "2.002352", "channel": "DIRECT",
				 "applicant": {"fullName": "Lê Thị Hộ Chiếu", "idNumber": "038190005678", "phone": "0987654321"},
				 "components": [{"code": "TK", "original": true, "copies": 1, "fileIds": ["%s"]},
				                {"code": "QD", "original": true, "copies": 1}, {"code": "ANH", "original": true, "copies": 2}]}"""
			.formatted(file)).with(httpBasic("motcua", PASSWORD))).andExpect(status().isCreated())), "$.code");
		mvc.perform(post("/api/v1/dossiers/" + code + "/actions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"FORWARD\", \"agencyCode\": \"" + target + "\", \"note\": \"Chuyển Cục Lãnh sự\"}")
			.with(httpBasic("motcua", PASSWORD))).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FORWARDED"));
		return code;
	}

	String awaitJson(String path, String user, String jsonPath, Duration timeout) throws Exception {
		return awaitJson(mvc, path, user, jsonPath, timeout);
	}

	/** Polls {@code path} as {@code user} until {@code jsonPath} has a value (a non-empty list); that value. */
	static String awaitJson(MockMvc mvc, String path, String user, String jsonPath, Duration timeout) throws Exception {
		long end = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < end) {
			var response = mvc.perform(get(path).with(httpBasic(user, PASSWORD))).andReturn().getResponse();
			if (response.getStatus() == 200) {
				Object value = JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), jsonPath);
				if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
					return String.valueOf(value);
				}
			}
			Thread.sleep(300);
		}
		throw new AssertionError("no " + jsonPath + " at " + path + " within " + timeout);
	}

	@Test
	void aForwardGoesToTheCucLanhSuAndTheResultComesBack() throws Exception {
		String origin = forwardedDossier("BNG-CLS");
		assertThat(jdbc.sql("select count(*) from outbox_message where ordering_key = ? and destination like 'PEER:%'")
			.param(origin).query(Long.class).single()).as("enqueued with the change").isEqualTo(1);

		String linked = awaitJson("/api/v1/exchange/dossiers/" + origin, "motcua", "$.otherCode", Duration.ofSeconds(60));
		assertThat(linked).startsWith("G12.26-");
		String dossier = body(mvc.perform(get("/api/v1/dossiers/" + linked).with(httpBasic("cuclanhsu", PASSWORD)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RECEIVED")));
		assertThat(dossier).contains("Lê Thị Hộ Chiếu");
		assertThat(jdbc.sql("select count(*) from dossier where external_id = ?").param(peers.nodeCode() + ":" + origin)
			.query(Long.class).single()).isEqualTo(1);

		// the Cục Lãnh sự completes its leg with the result file; the province's dossier is completed with it
		String result = upload("cuclanhsu", pdf(), "ho-chieu.pdf");
		mvc.perform(post("/api/v1/dossiers/" + linked + "/actions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"COMPLETE\", \"note\": \"Đã cấp hộ chiếu\", \"resultFileId\": \"" + result + "\"}")
			.with(httpBasic("cuclanhsu", PASSWORD))).andExpect(status().isOk());
		awaitJson("/api/v1/exchange/dossiers/" + origin, "motcua", "$.events[?(@.action == 'COMPLETE')]", Duration.ofSeconds(60));
		mvc.perform(get("/api/v1/dossiers/" + origin).with(httpBasic("motcua", PASSWORD)))
			.andExpect(jsonPath("$.status").value("COMPLETED"));
		assertThat(jdbc.sql("select result_file_id is not null from dossier where code = ?").param(origin)
			.query(Boolean.class).single()).as("the result file came back").isTrue();

		// both legs show on the pages
		String page = body(mvc.perform(get("/lien-thong/ho-so/" + origin).with(user("motcua").roles("RECEPTION_OFFICER"))));
		assertThat(page).contains("Chặng liên thông").contains(linked).contains("Hoàn thành");
		String other = body(mvc.perform(get("/lien-thong/ho-so/" + linked).with(user("cuclanhsu").roles("RECEPTION_OFFICER", "DEPARTMENT_HEAD"))));
		assertThat(other).contains("Hồ sơ liên thông từ").contains(origin);
		mvc.perform(get("/api/v1/exchange/log/verify").with(httpBasic("admin", PASSWORD)))
			.andExpect(jsonPath("$.intact").value(true));
	}

	@Test
	void theAdministratorsPageShowsTheOwnKeyAndThePeersAndOthersCannotOpenIt() throws Exception {
		String own = JsonPath.read(body(mvc.perform(get("/api/v1/exchange/key").with(httpBasic("quantri", PASSWORD)))), "$.keys[-1].publicKey");
		String page = body(mvc.perform(get("/quan-tri/lien-thong").with(user("quantri").roles("AGENCY_ADMIN"))).andExpect(status().isOk()));
		assertThat(page).contains("Hệ thống này", own, "Cục Lãnh sự (mô phỏng trong cùng hệ thống)", "Nhật ký thông điệp");
		mvc.perform(get("/quan-tri/lien-thong").with(user("motcua").roles("RECEPTION_OFFICER"))).andExpect(status().isForbidden());
		// a peer with a key that is not Ed25519 is refused beside the field
		String refused = body(mvc.perform(post("/quan-tri/lien-thong").with(user("admin").roles("SYSTEM_ADMIN"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("code", "SAI-KHOA").param("name", "Khóa sai").param("baseUrl", "https://sai.example.gov.vn")
			.param("agencies", "BNG-SAI").param("keys", "khong-phai-khoa").param("active", "true")).andExpect(status().isOk()));
		assertThat(refused).contains("Khóa công khai phải là khóa Ed25519");
		assertThat(jdbc.sql("select count(*) from exchange_peer where code = 'SAI-KHOA'").query(Long.class).single()).isZero();
		// an own key rotation: the new key signs, the old one stays listed
		SystemTask.run(() -> peers.rotateOwnKey());
		var keys = SystemTask.call(() -> peers.ownIdentity().keys());
		assertThat(keys).hasSizeGreaterThanOrEqualTo(2);
		assertThat(keys.get(keys.size() - 2).publicKey()).isEqualTo(own);
		assertThat(SystemTask.call(() -> peers.get(peers.nodeCode())).keys()).as("the loopback peer trusts the new key")
			.anyMatch(k -> k.publicKey().equals(keys.get(keys.size() - 1).publicKey()));
	}

	@Test
	void thePeerFormAddsAPeerAndEditsItWithItsMessagesBesideTheFields() throws Exception {
		String key = Ed25519.text(Ed25519.generate().getPublic());
		// an unticked box: the peer is added inactive, its agencies split at commas
		mvc.perform(post("/quan-tri/lien-thong").with(user("admin").roles("SYSTEM_ADMIN"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("code", "TRANG-DT").param("name", "Đối tác trang").param("baseUrl", "https://trang.example.gov.vn")
			.param("agencies", "BNG-TR1, BNG-TR2").param("keys", key + "\n").param("_active", "on"))
			.andExpect(status().is3xxRedirection());
		Peer added = SystemTask.call(() -> peers.get("TRANG-DT"));
		assertThat(added.active()).isFalse();
		assertThat(added.agencies()).containsExactly("BNG-TR1", "BNG-TR2");
		assertThat(added.keys()).extracting(Peer.PeerKey::publicKey).containsExactly(key);
		String edit = body(mvc.perform(get("/quan-tri/lien-thong/doi-tac/TRANG-DT").with(user("admin").roles("SYSTEM_ADMIN")))
			.andExpect(status().isOk()));
		assertThat(edit).contains("Sửa hệ thống đối tác TRANG-DT", "BNG-TR1, BNG-TR2", key);
		// a name left empty: its message beside the name, the code the peer's own whatever the form sent
		String refused = body(mvc.perform(post("/quan-tri/lien-thong/doi-tac/TRANG-DT").with(user("admin").roles("SYSTEM_ADMIN"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("code", "KHAC").param("name", "").param("baseUrl", "https://trang.example.gov.vn")
			.param("agencies", "BNG-TR1").param("keys", key).param("active", "true"))
			.andExpect(status().isOk()));
		assertThat(refused).contains("Sửa hệ thống đối tác TRANG-DT", "/quan-tri/lien-thong/doi-tac/TRANG-DT")
			.containsPattern("(?s)<label for=\"name\">Tên</label>\\s*<input[^>]*name=\"name\"[^>]*>\\s*"
					+ "<p class=\"error\" role=\"alert\">Cần tên hệ thống đối tác</p>");
		mvc.perform(post("/quan-tri/lien-thong/doi-tac/TRANG-DT").with(user("admin").roles("SYSTEM_ADMIN"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("code", "KHAC").param("name", "Đối tác trang mới").param("baseUrl", "https://trang.example.gov.vn")
			.param("agencies", "BNG-TR1").param("keys", key).param("active", "true"))
			.andExpect(status().is3xxRedirection());
		Peer edited = SystemTask.call(() -> peers.get("TRANG-DT"));
		assertThat(edited.name()).isEqualTo("Đối tác trang mới");
		assertThat(edited.active()).isTrue();
		assertThat(edited.keys()).singleElement().satisfies(k -> {
			assertThat(k.publicKey()).isEqualTo(key);
			assertThat(k.validFrom()).isEqualTo(added.keys().get(0).validFrom());
		});
		assertThat(jdbc.sql("select count(*) from exchange_peer where code = 'KHAC'").query(Long.class).single()).isZero();
	}

	@Test
	void aPeerThatAnswers500ForAWhileIsRetriedUntilItAcknowledges() throws Exception {
		KeyPair key = Ed25519.generate();
		AtomicInteger calls = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		server.createContext("/api/v1/exchange/messages", exchange -> {
			byte[] request = exchange.getRequestBody().readAllBytes();
			int n = calls.incrementAndGet();
			byte[] answer;
			int code;
			if (n <= 3) {
				code = 500;
				answer = "{\"status\": 500}".getBytes(StandardCharsets.UTF_8);
			}
			else {
				code = 200;
				UUID id = UUID.fromString(JsonPath.read(new String(request, StandardCharsets.UTF_8), "$.messageId"));
				String sha = Ed25519.sha256(request);
				OffsetDateTime at = OffsetDateTime.now();
				String sig = Base64.getEncoder().encodeToString(Ed25519.sign(key.getPrivate(),
						ExchangeMessage.Ack.signedContent(id, "BNG-500", sha, "BNG500-1", at)));
				answer = json.writeValueAsBytes(new ExchangeMessage.Ack(id, "BNG-500", sha, "BNG500-1", at, sig));
			}
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(code, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		server.start();
		try {
			SystemTask.run(() -> peers.save(new PeerManagement.PeerCommand("BNG-500", "Bộ thử lỗi 500",
					"http://localhost:" + server.getAddress().getPort(), List.of("BNG-LOI"), true,
					List.of(new PeerManagement.KeyData(Ed25519.text(key.getPublic()), null, null)))));
			String origin = forwardedDossier("BNG-LOI");
			awaitJson("/api/v1/exchange/dossiers/" + origin, "motcua", "$.otherCode", Duration.ofSeconds(90));
			assertThat(calls.get()).as("three 500s, then the acknowledgement").isEqualTo(4);
			assertThat(jdbc.sql("select count(*) from exchange_message_log where dossier_code = ? and direction = 'SENT'")
				.param(origin).query(Long.class).single()).as("sent once").isEqualTo(1);
			assertThat(jdbc.sql("select attempts from outbox_message where ordering_key = ? and destination like 'PEER:%'").param(origin)
				.query(Integer.class).single()).isEqualTo(4);
		}
		finally {
			server.stop(0);
		}
	}

	static byte[] pdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
