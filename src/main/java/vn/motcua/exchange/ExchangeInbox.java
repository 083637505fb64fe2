package vn.motcua.exchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.document.FileStore;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierCommands.ApplicantData;
import vn.motcua.dossier.DossierCommands.ComponentData;
import vn.motcua.dossier.DossierCommands.LinkedIntake;
import vn.motcua.dossier.DossierCommands.PostalData;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.exchange.ExchangeMessage.Ack;
import vn.motcua.exchange.ExchangeMessage.FileData;
import vn.motcua.exchange.ExchangeMessage.Forward;
import vn.motcua.exchange.ExchangeMessage.Paper;
import vn.motcua.exchange.ExchangeMessage.Step;
import vn.motcua.exchange.Links.LegEvent;
import vn.motcua.exchange.Links.Link;
import vn.motcua.identity.AgencyDirectory;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.ForbiddenException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.SignedPeerRequests;
import vn.motcua.shared.SystemTask;
import vn.motcua.shared.VietnamTime;

/**
 * Bên nhận. First the signature ({@link #verify}: a known, active peer; a timestamp within the window; a valid
 * Ed25519 signature by one of the peer's current keys over the timestamp and the body's SHA-256), then the message
 * ({@link #receive}, one transaction): addressed to this node, from a peer that hosts the origin agency, every file
 * matching its SHA-256; a message id seen before answers the first acknowledgement again (same body) or is refused
 * (409, another body); otherwise the linked dossier is made (FORWARD) or the other leg's step recorded (STEP), and a
 * signed acknowledgement answered. Everything refused is logged as refused and stores nothing else.
 */
@Component
class ExchangeInbox implements SignedPeerRequests {

	private static final Pattern PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");

	static final String SIGNED = "motcua-exchange/1";

	private final PeerManagement peers;

	private final MessageLog log;

	private final Links links;

	private final DossierManagement dossiers;

	private final AgencyDirectory agencies;

	private final FileStore files;

	private final OwnKeys ownKeys;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final Duration window;

	private final long maxBody;

	ExchangeInbox(PeerManagement peers, MessageLog log, Links links, DossierManagement dossiers, AgencyDirectory agencies,
			FileStore files, OwnKeys ownKeys, JdbcClient jdbc, JsonMapper json, Clock clock,
			@Value("${motcua.exchange.timestamp-window:5m}") Duration window,
			@Value("${motcua.exchange.max-message-size:100MB}") DataSize maxBody) {
		this.peers = peers;
		this.log = log;
		this.links = links;
		this.dossiers = dossiers;
		this.agencies = agencies;
		this.files = files;
		this.ownKeys = ownKeys;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.window = window;
		this.maxBody = maxBody.toBytes();
	}

	/** The content a sender signs: the scheme version, its node code, the timestamp and the body's SHA-256. */
	static String signedContent(String peer, long timestamp, String bodySha256) {
		return String.join("\n", SIGNED, peer, Long.toString(timestamp), bodySha256);
	}

	/** The {@code Authorization} header of a body signed now by {@code key} for sender {@code node}. */
	static String authorization(String node, OwnKeys.OwnKey key, byte[] body, Instant now) {
		long ts = now.getEpochSecond();
		byte[] signature = Ed25519.sign(key.privateKey(), signedContent(node, ts, Ed25519.sha256(body)));
		return SCHEME + " peer=\"" + node + "\", ts=\"" + ts + "\", sig=\""
				+ Base64.getEncoder().encodeToString(signature) + "\"";
	}

	@Override
	public long maxBodySize() {
		return maxBody;
	}

	@Override
	public String verify(String authorization, byte[] body) {
		String bodySha = Ed25519.sha256(body);
		Map<String, String> params = new LinkedHashMap<>();
		Matcher m = PARAM.matcher(authorization);
		while (m.find()) {
			params.put(m.group(1), m.group(2));
		}
		String peerCode = params.get("peer");
		String signature = params.get("sig");
		UUID messageId = messageId(body);
		if (peerCode == null || signature == null || params.get("ts") == null) {
			throw refuse(401, "unsigned", "Thông điệp chưa được ký", messageId, peerCode, bodySha, signature,
					"Thiếu peer, ts hoặc sig trong tiêu đề Authorization");
		}
		Optional<Peer> peer = peers.find(peerCode).filter(Peer::active);
		if (peer.isEmpty()) {
			throw refuse(403, "unknown-peer", "Hệ thống đối tác không được tin cậy", messageId, peerCode, bodySha,
					signature, "Không có hệ thống đối tác " + peerCode + " đang hoạt động");
		}
		Instant now = clock.instant();
		long ts;
		try {
			ts = Long.parseLong(params.get("ts"));
		}
		catch (NumberFormatException ex) {
			throw refuse(401, "unsigned", "Thông điệp chưa được ký", messageId, peerCode, bodySha, signature,
					"Dấu thời gian không hợp lệ");
		}
		if (Math.abs(now.getEpochSecond() - ts) > window.toSeconds()) {
			throw refuse(401, "stale", "Thông điệp quá hạn hoặc bị phát lại", messageId, peerCode, bodySha, signature,
					"Dấu thời gian lệch quá " + window.toMinutes() + " phút so với đồng hồ bên nhận");
		}
		byte[] sig;
		try {
			sig = Base64.getDecoder().decode(signature);
		}
		catch (IllegalArgumentException ex) {
			sig = new byte[0];
		}
		String content = signedContent(peerCode, ts, bodySha);
		for (Peer.PeerKey key : peer.get().currentKeys(now)) {
			var publicKey = Ed25519.publicKey(key.publicKey());
			if (publicKey != null && Ed25519.verify(publicKey, content, sig)) {
				return peerCode;
			}
		}
		throw refuse(401, "bad-signature", "Chữ ký không hợp lệ", messageId, peerCode, bodySha, signature,
				"Chữ ký không khớp với khóa công khai còn hiệu lực nào của " + peerCode
						+ " (nội dung bị sửa hoặc khóa sai)");
	}

	private Refused refuse(int status, String type, String title, @Nullable UUID messageId, @Nullable String peer,
			String bodySha, @Nullable String signature, String detail) {
		log.refused(messageId, peer, null, bodySha, signature, type + ": " + detail);
		return new Refused(status, type, title, detail);
	}

	/**
	 * Takes a verified message: all checks first, then in one transaction the record of its id, the linked dossier or
	 * the step, the log row and the signed acknowledgement.
	 */
	@Transactional
	public Ack receive(String peerCode, byte[] body) {
		String bodySha = Ed25519.sha256(body);
		ExchangeMessage message;
		try {
			message = json.readValue(body, ExchangeMessage.class);
		}
		catch (JacksonException ex) {
			throw refused(new InvalidInputException("body", "Thông điệp không đúng định dạng"), null, peerCode, bodySha);
		}
		if (message.messageId() == null || message.kind() == null) {
			throw refused(new InvalidInputException("messageId", "Thiếu mã thông điệp hoặc loại thông điệp"), null,
					peerCode, bodySha);
		}
		RuntimeException problem = check(peerCode, message);
		if (problem != null) {
			throw refused(problem, message, peerCode, bodySha);
		}
		int inserted = jdbc.sql("""
				insert into exchange_received (message_id, peer_code, body_sha256, ack, received_at)
				values (?, ?, ?, '', ?) on conflict (message_id) do nothing""")
			.params(message.messageId(), peerCode, bodySha, java.sql.Timestamp.from(clock.instant()))
			.update();
		if (inserted == 0) {
			var first = jdbc.sql("select body_sha256, ack from exchange_received where message_id = ?")
				.param(message.messageId())
				.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
				.single();
			if (!first[0].equals(bodySha)) {
				throw refused(new ConflictException("Mã thông điệp " + message.messageId()
						+ " đã nhận với nội dung khác; thông điệp phát lại bị từ chối", "RECEIVED"), message, peerCode,
						bodySha);
			}
			Ack ack = json.readValue(first[1], Ack.class);
			log.append(message.messageId(), "RECEIVED", peerCode, message.kind(), ack.dossierCode(), bodySha, null,
					"DUPLICATE", "Đã nhận trước đó; trả lại biên nhận lần đầu");
			return ack;
		}
		String dossierCode;
		try {
			dossierCode = ExchangeMessage.FORWARD.equals(message.kind()) ? linkedDossier(peerCode, message)
					: otherLegStep(peerCode, message);
		}
		catch (InvalidInputException | ConflictException | ForbiddenException | vn.motcua.shared.NotFoundException ex) {
			// the dossier module refused it (unknown procedure or paper, bad applicant data): nothing stays
			throw refused(ex, message, peerCode, bodySha);
		}
		OffsetDateTime at = OffsetDateTime.now(clock).atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime();
		String receiver = peers.nodeCode();
		String signature = Base64.getEncoder()
			.encodeToString(Ed25519.sign(ownKeys.newest().privateKey(),
					Ack.signedContent(message.messageId(), receiver, bodySha, dossierCode, at)));
		Ack ack = new Ack(message.messageId(), receiver, bodySha, dossierCode, at, signature);
		jdbc.sql("update exchange_received set ack = ? where message_id = ?")
			.params(json.writeValueAsString(ack), message.messageId())
			.update();
		log.append(message.messageId(), "RECEIVED", peerCode, message.kind(), dossierCode, bodySha, null, "ACCEPTED",
				null);
		return ack;
	}

	/** Every check before anything is stored; the problem to answer, or {@code null}. */
	private @Nullable RuntimeException check(String peerCode, ExchangeMessage message) {
		if (!peers.nodeCode().equals(message.to())) {
			return new InvalidInputException("to", "Thông điệp gửi cho " + message.to() + ", không phải " + peers.nodeCode());
		}
		if (!peerCode.equals(message.from())) {
			return new ForbiddenException("Thông điệp ghi bên gửi " + message.from() + " nhưng được ký bởi " + peerCode);
		}
		Peer peer = peers.find(peerCode).orElseThrow();
		if (ExchangeMessage.FORWARD.equals(message.kind())) {
			Forward f = message.forward();
			if (f == null || f.originCode() == null || f.targetAgency() == null || f.procedureCode() == null
					|| f.applicant() == null || f.originAgency() == null) {
				return new InvalidInputException("forward", "Thiếu nội dung hồ sơ chuyển liên thông");
			}
			if (peer.agencies().stream().noneMatch(a -> a.equalsIgnoreCase(f.originAgency()))) {
				return new ForbiddenException("Hệ thống " + peerCode + " không phục vụ cơ quan " + f.originAgency());
			}
			if (agencies.findByCode(f.targetAgency()).isEmpty()) {
				return new InvalidInputException("forward.targetAgency", "Không có cơ quan " + f.targetAgency() + " tại hệ thống nhận");
			}
			List<Paper> papers = f.papers() == null ? List.of() : f.papers();
			for (int p = 0; p < papers.size(); p++) {
				List<FileData> list = papers.get(p).files() == null ? List.of() : papers.get(p).files();
				for (int i = 0; i < list.size(); i++) {
					RuntimeException bad = fileProblem(list.get(i), "forward.papers[" + p + "].files[" + i + "]");
					if (bad != null) {
						return bad;
					}
				}
			}
			return null;
		}
		if (ExchangeMessage.STEP.equals(message.kind())) {
			Step s = message.step();
			if (s == null || s.originCode() == null || s.action() == null || s.at() == null) {
				return new InvalidInputException("step", "Thiếu nội dung bước xử lý liên thông");
			}
			Optional<Link> link = links.find(Links.ORIGIN, s.originCode()).filter(l -> l.peerCode().equals(peerCode));
			if (link.isEmpty()) {
				return new InvalidInputException("step.originCode",
						"Không có hồ sơ " + s.originCode() + " đã chuyển liên thông cho " + peerCode);
			}
			return s.result() == null ? null : fileProblem(s.result(), "step.result");
		}
		return new InvalidInputException("kind", "Loại thông điệp phải là FORWARD hoặc STEP");
	}

	private static @Nullable RuntimeException fileProblem(FileData file, String field) {
		if (file.content() == null || file.sha256() == null) {
			return new InvalidInputException(field, "Thiếu nội dung hoặc mã SHA-256 của tệp");
		}
		if (!Ed25519.sha256(file.content()).equalsIgnoreCase(file.sha256())) {
			return new InvalidInputException(field + ".sha256",
					"Tệp \"" + file.name() + "\" không khớp mã SHA-256 đã ghi; thông điệp bị từ chối");
		}
		return null;
	}

	private RuntimeException refused(RuntimeException problem, @Nullable ExchangeMessage message, String peerCode,
			String bodySha) {
		log.refused(message == null ? null : message.messageId(), peerCode, message == null ? null : message.kind(),
				bodySha, null, problem.getMessage());
		return problem;
	}

	private String linkedDossier(String peerCode, ExchangeMessage message) {
		Forward f = message.forward();
		return SystemTask.call(() -> {
			UUID agencyId = agencies.findByCode(f.targetAgency()).orElseThrow().id();
			List<ComponentData> papers = new ArrayList<>();
			for (Paper paper : f.papers() == null ? List.<Paper>of() : f.papers()) {
				List<UUID> ids = new ArrayList<>();
				for (FileData file : paper.files() == null ? List.<FileData>of() : paper.files()) {
					ids.add(files.storeGenerated(file.content(), file.name(), file.mediaType(), agencyId).id());
				}
				papers.add(new ComponentData(paper.code(), paper.original(), Math.max(paper.copies(), 0), ids,
						!ids.isEmpty(), false));
			}
			var a = f.applicant();
			ApplicantData applicant = new ApplicantData(a.fullName(), a.idNumber(), a.phone(), a.email(), a.address(),
					a.organisation(), a.organisationTaxCode(), a.organisationDecision(), a.representative());
			String externalId = (peerCode + ":" + f.originCode());
			Dossier dossier = dossiers.receiveLinked(new LinkedIntake(f.targetAgency(), f.procedureCode(), f.channel(),
					applicant, papers, f.legWorkingDays(), externalId.length() > 100 ? externalId.substring(0, 100)
							: externalId,
					"Liên thông từ " + f.originAgency(), f.postal() == null ? null
							: new PostalData(f.postal().trackingNumber(), f.postal().sentOn())));
			if (links.find(Links.LINKED, dossier.code()).isEmpty()) {
				links.insert(new Link(UUID.randomUUID(), Links.LINKED, dossier.code(), peerCode, f.originAgency(),
						f.originCode(), f.legWorkingDays(), f.postal() == null ? null : f.postal().trackingNumber(),
						f.postal() == null ? null : f.postal().sentOn(), null, 0, clock.instant()));
			}
			return dossier.code();
		});
	}

	private String otherLegStep(String peerCode, ExchangeMessage message) {
		Step s = message.step();
		Link link = links.find(Links.ORIGIN, s.originCode()).orElseThrow();
		links.otherCode(link.id(), s.linkedCode());
		boolean fresh = links.addEvent(link.id(), message.messageId(),
				new LegEvent(s.seq(), s.action(), s.status(), s.at(), s.by(), s.note()));
		if (fresh && DossierAction.POSTAL_RECEIVED.name().equals(s.action()) && s.postalReceivedOn() != null) {
			links.postalReceived(link.id(), s.postalReceivedOn());
		}
		if (fresh && "COMPLETE".equals(s.action())) {
			SystemTask.run(() -> {
				Dossier origin = dossiers.visible(s.originCode());
				UUID result = s.result() == null ? null
						: files.storeGenerated(s.result().content(), s.result().name(), s.result().mediaType(),
								origin.agencyId()).id();
				dossiers.completeFromOtherLeg(s.originCode(), s.at(), s.linkedAgency() + " (liên thông)",
						"Kết quả chặng liên thông, hồ sơ " + s.linkedCode(), result);
			});
		}
		return s.originCode();
	}

	private @Nullable UUID messageId(byte[] body) {
		try {
			var node = json.readTree(body).get("messageId");
			return node == null ? null : UUID.fromString(node.asString());
		}
		catch (RuntimeException ex) {
			return null;
		}
	}
}
