package vn.motcua.exchange;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.motcua.MotCuaTest;
import vn.motcua.shared.SystemTask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The receiving end of the exchange (issue #17 items 1–2): a peer's signed FORWARD makes exactly one linked dossier
 * with its own code and its own leg of the legal time, and a signed acknowledgement; a duplicate gets the first
 * acknowledgement again; an unsigned, tampered, stale (replayed) or unknown-peer message, a message id reused for
 * other content, and a file whose SHA-256 does not match are refused with problem JSON, logged as refused, and store
 * nothing; the message log verifies.
 */
@MotCuaTest
class ExchangeReceiverTests {

	static final String PEER = "TINH-THU";

	static final String ORIGIN_AGENCY = "SNV-THU";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PeerManagement peers;

	static KeyPair key;

	@BeforeEach
	void peer() {
		if (key == null) {
			key = Ed25519.generate();
			SystemTask.run(() -> peers.save(new PeerManagement.PeerCommand(PEER, "Sở Ngoại vụ tỉnh thử nghiệm",
					"https://tinh-thu.example.gov.vn", List.of(ORIGIN_AGENCY), true,
					List.of(new PeerManagement.KeyData(Ed25519.text(key.getPublic()), null, null)))));
		}
	}

	static String forward(UUID id, String originCode, String fileContent, String declaredSha) {
		byte[] file = fileContent.getBytes(StandardCharsets.UTF_8);
		return """
				{"messageId": "%s", "kind": "FORWARD", "from": "%s", "to": "MOTCUA", "sentAt": "%s",
				 "forward": {"originCode": "%s", "originAgency": "%s", "targetAgency": "BNG-CLS",
				   "procedureCode": "2.002352", "channel": "DIRECT",
				   "applicant": {"fullName": "Nguyễn Văn Liên", "idNumber": "038090001234", "phone": "0912345678"},
				   "papers": [{"code": "TK", "original": true, "copies": 1,
				     "files": [{"name": "to-khai.txt", "mediaType": "text/plain", "sha256": "%s", "content": "%s"}]}],
				   "legWorkingDays": 3, "forwardedAt": "%s", "note": "Chuyển Cục Lãnh sự"}}"""
			.formatted(id, PEER, OffsetDateTime.now(), originCode, ORIGIN_AGENCY, declaredSha,
					Base64.getEncoder().encodeToString(file), OffsetDateTime.now());
	}

	static String sha(String text) {
		return Ed25519.sha256(text.getBytes(StandardCharsets.UTF_8));
	}

	ResultActions send(String body, String peer, KeyPair signer, long ts, byte[] signedBody) throws Exception {
		String sig = Base64.getEncoder()
			.encodeToString(Ed25519.sign(signer.getPrivate(),
					ExchangeInbox.signedContent(peer, ts, Ed25519.sha256(signedBody))));
		return mvc.perform(post("/api/v1/exchange/messages").contentType(MediaType.APPLICATION_JSON)
			.content(body.getBytes(StandardCharsets.UTF_8))
			.header("Authorization", "MotCua-Ed25519 peer=\"" + peer + "\", ts=\"" + ts + "\", sig=\"" + sig + "\""));
	}

	ResultActions send(String body) throws Exception {
		return send(body, PEER, key, Instant.now().getEpochSecond(), body.getBytes(StandardCharsets.UTF_8));
	}

	long linked(String originCode) {
		return jdbc.sql("select count(*) from dossier where external_id = ?")
			.param(PEER + ":" + originCode)
			.query(Long.class)
			.single();
	}

	long refusedRows(UUID id) {
		return jdbc.sql("select count(*) from exchange_message_log where message_id = ? and direction = 'REFUSED'")
			.param(id)
			.query(Long.class)
			.single();
	}

	@Test
	void aSignedForwardMakesOneLinkedDossierWithItsOwnLegAndADuplicateGetsTheFirstAcknowledgement() throws Exception {
		UUID id = UUID.randomUUID();
		String origin = "000.00.20.H99-261201-" + id.toString().substring(0, 4);
		String body = forward(id, origin, "Tờ khai đề nghị cấp hộ chiếu", sha("Tờ khai đề nghị cấp hộ chiếu"));
		String ack = send(body).andExpect(status().isOk())
			.andExpect(jsonPath("$.messageId").value(id.toString()))
			.andExpect(jsonPath("$.receiver").value("MOTCUA"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String code = JsonPath.read(ack, "$.dossierCode");
		assertThat(code).startsWith("G12.26-");

		// the acknowledgement is signed with the key this deployment publishes
		String published = JsonPath.read(mvc.perform(get("/api/v1/exchange/key").with(httpBasic("admin", "MotCua@2026")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8), "$.keys[-1].publicKey");
		String content = ExchangeMessage.Ack.signedContent(id, "MOTCUA", Ed25519.sha256(body.getBytes(StandardCharsets.UTF_8)),
				code, OffsetDateTime.parse(JsonPath.read(ack, "$.at")));
		assertThat(Ed25519.verify(Ed25519.publicKey(published), content,
				Base64.getDecoder().decode((String) JsonPath.read(ack, "$.signature")))).isTrue();

		// the linked dossier: its agency's own code, received now, appointment after the leg's 3 working days
		String dossier = mvc.perform(get("/api/v1/dossiers/" + code).with(httpBasic("cuclanhsu", "MotCua@2026")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.procedureCode").value("2.002352"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String receivedAt = JsonPath.read(dossier, "$.receivedAt");
		String due = JsonPath.read(mvc.perform(get("/api/v1/calendar/deadline").param("from", receivedAt)
			.param("amount", "3")
			.param("unit", "WORKING_DAY")
			.with(httpBasic("cuclanhsu", "MotCua@2026"))).andReturn().getResponse().getContentAsString(), "$.due");
		assertThat(OffsetDateTime.parse(JsonPath.read(dossier, "$.appointmentAt")).toInstant())
			.isEqualTo(OffsetDateTime.parse(due).toInstant());
		mvc.perform(get("/api/v1/exchange/dossiers/" + code).with(httpBasic("cuclanhsu", "MotCua@2026")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("LINKED"))
			.andExpect(jsonPath("$.otherCode").value(origin))
			.andExpect(jsonPath("$.legDays").value(3));
		// the province's staff cannot read the Ministry's linked dossier
		mvc.perform(get("/api/v1/exchange/dossiers/" + code).with(httpBasic("motcua", "MotCua@2026")))
			.andExpect(status().isNotFound());

		// delivered again (the sender never saw the acknowledgement): the same acknowledgement, nothing new
		String again = send(body).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(again).isEqualTo(ack);
		assertThat(linked(origin)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from exchange_message_log where message_id = ? and outcome = 'DUPLICATE'")
			.param(id).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aTamperedBodyIsRefusedAndNothingIsStored() throws Exception {
		UUID id = UUID.randomUUID();
		String origin = "T-" + id;
		String body = forward(id, origin, "Tờ khai", sha("Tờ khai"));
		byte[] signed = body.getBytes(StandardCharsets.UTF_8);
		String tampered = body.replace("Nguyễn Văn Liên", "Nguyễn Văn Giả");
		send(tampered, PEER, key, Instant.now().getEpochSecond(), signed).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("urn:motcua:problem:bad-signature"));
		assertThat(linked(origin)).isZero();
		assertThat(refusedRows(id)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from exchange_received where message_id = ?").param(id).query(Long.class).single()).isZero();
	}

	@Test
	void aMessageSignedByAnotherKeyOrFromAnUnknownPeerIsRefused() throws Exception {
		UUID id = UUID.randomUUID();
		String body = forward(id, "T-" + id, "Tờ khai", sha("Tờ khai"));
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		KeyPair stranger = Ed25519.generate();
		send(body, PEER, stranger, Instant.now().getEpochSecond(), bytes).andExpect(status().isUnauthorized());
		send(body, "KHONG-QUEN", stranger, Instant.now().getEpochSecond(), bytes).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:motcua:problem:unknown-peer"));
		assertThat(linked("T-" + id)).isZero();
		assertThat(refusedRows(id)).isEqualTo(2);
	}

	@Test
	void aReplayedMessageIsRefused() throws Exception {
		UUID id = UUID.randomUUID();
		String body = forward(id, "T-" + id, "Tờ khai", sha("Tờ khai"));
		// captured and sent again an hour later: outside the timestamp window
		send(body, PEER, key, Instant.now().minusSeconds(3600).getEpochSecond(), body.getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("urn:motcua:problem:stale"));
		assertThat(linked("T-" + id)).isZero();
		// a message id already taken, replayed with other content, even freshly signed
		send(body).andExpect(status().isOk());
		String other = forward(id, "T-khac-" + id, "Tờ khai", sha("Tờ khai"));
		send(other).andExpect(status().isConflict());
		assertThat(linked("T-khac-" + id)).isZero();
		assertThat(linked("T-" + id)).isEqualTo(1);
	}

	@Test
	void aFileWhoseHashDoesNotMatchIsRefusedAndNothingIsStored() throws Exception {
		UUID id = UUID.randomUUID();
		long files = jdbc.sql("select count(*) from stored_file").query(Long.class).single();
		String body = forward(id, "T-" + id, "Tờ khai đã bị đổi", sha("Tờ khai gốc"));
		send(body).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("forward.papers[0].files[0].sha256"));
		assertThat(linked("T-" + id)).isZero();
		assertThat(refusedRows(id)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from stored_file").query(Long.class).single()).isEqualTo(files);
	}

	@Test
	void aDossierTheReceiverCannotTakeIsRefusedWholeAndLogged() throws Exception {
		UUID id = UUID.randomUUID();
		long files = jdbc.sql("select count(*) from stored_file").query(Long.class).single();
		String body = forward(id, "T-" + id, "Tờ khai", sha("Tờ khai")).replace("\"code\": \"TK\"", "\"code\": \"KHONG-CO\"");
		send(body).andExpect(status().isUnprocessableContent());
		assertThat(linked("T-" + id)).isZero();
		assertThat(refusedRows(id)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from exchange_received where message_id = ?").param(id).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from stored_file").query(Long.class).single()).isEqualTo(files);
	}

	@Test
	void staffAccountsCannotPostMessagesAndNobodyGetsInUnsigned() throws Exception {
		String body = forward(UUID.randomUUID(), "T-x", "Tờ khai", sha("Tờ khai"));
		mvc.perform(post("/api/v1/exchange/messages").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/exchange/messages").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(httpBasic("admin", "MotCua@2026"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/exchange/messages").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header("Authorization", "MotCua-Ed25519 peer=\"" + PEER + "\"")).andExpect(status().isUnauthorized());
	}

	@Test
	void theMessageLogVerifiesAndDetectsAnEditedRow() throws Exception {
		send(forward(UUID.randomUUID(), "T-log-" + UUID.randomUUID(), "Tờ khai", sha("Tờ khai"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/exchange/log/verify").with(httpBasic("admin", "MotCua@2026")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true));
		MessageLog log = new MessageLog(jdbc, java.time.Clock.systemUTC());
		long last = jdbc.sql("select max(chain_no) from exchange_message_log").query(Long.class).single();
		String before = jdbc.sql("select outcome from exchange_message_log where chain_no = ?").param(last).query(String.class).single();
		jdbc.sql("update exchange_message_log set outcome = 'FORGED' where chain_no = ?").param(last).update();
		try {
			assertThat(log.check().intact()).isFalse();
			assertThat(log.check().firstBroken()).isEqualTo(last);
		}
		finally {
			jdbc.sql("update exchange_message_log set outcome = ? where chain_no = ?").params(before, last).update();
		}
		assertThat(log.check().intact()).isTrue();
	}
}
