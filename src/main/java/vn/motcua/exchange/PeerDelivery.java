package vn.motcua.exchange;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.exchange.ExchangeMessage.Ack;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.SignedPeerRequests;

/**
 * Sends one queued message to its peer: signs the body now with the newest own key, posts it to the peer's exchange
 * endpoint (or, for a {@code loopback:} peer, hands it to this application's own inbox through the same checks),
 * checks the signed acknowledgement, and logs the message as sent. A peer that is down or answers 5xx, 429 or 503 is
 * tried again later (the outbox's backoff); a refusal (other 4xx) is final.
 */
@Component
class PeerDelivery {

	/** What one attempt came to. */
	sealed interface Outcome {
	}

	record Delivered(Ack ack) implements Outcome {
	}

	record RetryLater(String error) implements Outcome {
	}

	record Refused(String error) implements Outcome {
	}

	private final PeerManagement peers;

	private final OwnKeys ownKeys;

	private final ExchangeInbox inbox;

	private final MessageLog log;

	private final Links links;

	private final JsonMapper json;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final HttpClient http;

	private final Duration timeout;

	PeerDelivery(PeerManagement peers, OwnKeys ownKeys, ExchangeInbox inbox, MessageLog log, Links links,
			JsonMapper json, Clock clock, TransactionTemplate transactions,
			@Value("${motcua.exchange.timeout:30s}") Duration timeout) {
		this.peers = peers;
		this.ownKeys = ownKeys;
		this.inbox = inbox;
		this.log = log;
		this.links = links;
		this.json = json;
		this.clock = clock;
		this.transactions = transactions;
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	}

	Outcome deliver(String peerCode, UUID messageId, byte[] body) {
		Optional<Peer> found = peers.find(peerCode);
		if (found.isEmpty() || !found.get().active()) {
			return new Refused("Không có hệ thống đối tác " + peerCode + " đang hoạt động");
		}
		Peer peer = found.get();
		OwnKeys.OwnKey key = ownKeys.newest();
		String authorization = ExchangeInbox.authorization(peers.nodeCode(), key, body, clock.instant());
		Outcome outcome = peer.loopback() ? inProcess(authorization, body) : overHttp(peer, authorization, body);
		if (outcome instanceof Delivered delivered) {
			Ack ack = delivered.ack();
			String bodySha = Ed25519.sha256(body);
			if (!messageId.equals(ack.messageId()) || !bodySha.equals(ack.bodySha256())
					|| !ackSigned(peer, ack)) {
				return new RetryLater("Biên nhận của " + peerCode + " không khớp thông điệp hoặc chữ ký không hợp lệ");
			}
			sent(peerCode, messageId, body, bodySha, authorization, ack);
		}
		return outcome;
	}

	private Outcome inProcess(String authorization, byte[] body) {
		try {
			String peer = inbox.verify(authorization, body);
			return new Delivered(inbox.receive(peer, body));
		}
		catch (SignedPeerRequests.Refused | InvalidInputException | ConflictException | ForbiddenException
				| NotFoundException ex) {
			return new Refused(ex.getMessage());
		}
		catch (RuntimeException ex) {
			return new RetryLater(ex.toString());
		}
	}

	private Outcome overHttp(Peer peer, String authorization, byte[] body) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(peer.baseUrl().replaceAll("/+$", "") + "/api/v1/exchange/messages"))
			.timeout(timeout)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Authorization", authorization)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		HttpResponse<byte[]> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			return new RetryLater("Không kết nối được " + peer.code() + ": " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new RetryLater("Bị ngắt khi gửi");
		}
		int status = response.statusCode();
		String text = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
		if (status == 200) {
			try {
				return new Delivered(json.readValue(response.body(), Ack.class));
			}
			catch (JacksonException ex) {
				return new RetryLater("Biên nhận không đọc được: " + cut(text));
			}
		}
		if (status >= 500 || status == 429 || status == 408) {
			return new RetryLater("HTTP " + status + ": " + cut(text));
		}
		return new Refused("HTTP " + status + ": " + cut(text));
	}

	private boolean ackSigned(Peer peer, Ack ack) {
		byte[] signature;
		try {
			signature = Base64.getDecoder().decode(ack.signature());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return false;
		}
		String content = Ack.signedContent(ack.messageId(), ack.receiver(), ack.bodySha256(), ack.dossierCode(),
				ack.at());
		return peer.currentKeys(clock.instant())
			.stream()
			.map(k -> Ed25519.publicKey(k.publicKey()))
			.anyMatch(k -> k != null && Ed25519.verify(k, content, signature));
	}

	private void sent(String peerCode, UUID messageId, byte[] body, String bodySha, String authorization, Ack ack) {
		ExchangeMessage message = json.readValue(body, ExchangeMessage.class);
		String dossier = message.forward() != null ? message.forward().originCode()
				: message.step() != null ? message.step().linkedCode() : null;
		String signature = authorization.replaceAll(".*sig=\"([^\"]*)\".*", "$1");
		transactions.executeWithoutResult(status -> {
			if (message.forward() != null && ack.dossierCode() != null) {
				links.find(Links.ORIGIN, message.forward().originCode())
					.ifPresent(link -> links.otherCode(link.id(), ack.dossierCode()));
			}
			log.append(messageId, "SENT", peerCode, message.kind(), dossier, bodySha, signature, "ACKNOWLEDGED",
					json.writeValueAsString(ack));
		});
	}

	private static String cut(@Nullable String text) {
		return text == null ? "" : text.length() > 500 ? text.substring(0, 500) : text;
	}
}
