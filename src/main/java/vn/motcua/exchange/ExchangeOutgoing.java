package vn.motcua.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.document.FileStore;
import vn.motcua.document.StoredFile;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierComponent;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.dossier.DossierTransitioned;
import vn.motcua.dossier.ProcedureDirectory;
import vn.motcua.exchange.ExchangeMessage.Applicant;
import vn.motcua.exchange.ExchangeMessage.FileData;
import vn.motcua.exchange.ExchangeMessage.Forward;
import vn.motcua.exchange.ExchangeMessage.Paper;
import vn.motcua.exchange.ExchangeMessage.Postal;
import vn.motcua.exchange.ExchangeMessage.Step;
import vn.motcua.exchange.Links.Link;
import vn.motcua.identity.AgencyDirectory;
import vn.motcua.identity.Agency;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.SystemTask;
import vn.motcua.shared.VietnamTime;

/**
 * Bên gửi: turns dossier changes into messages, inside the transaction of the change (a synchronous listener, so the
 * message is enqueued exactly when the change commits, and the steps of one dossier are enqueued in the order they
 * happened). A {@code FORWARD} to an agency a peer hosts becomes a {@code FORWARD} message with the dossier and its
 * files; every later step of a linked dossier becomes a {@code STEP} message back to its origin, the result file with
 * {@code COMPLETE}.
 */
@Component
class ExchangeOutgoing {

	private final PeerManagement peers;

	private final Links links;

	private final DossierManagement dossiers;

	private final ProcedureDirectory procedures;

	private final AgencyDirectory agencies;

	private final FileStore files;

	private final PeerQueue queue;

	private final JsonMapper json;

	private final Clock clock;

	private final int defaultLegDays;

	ExchangeOutgoing(PeerManagement peers, Links links, DossierManagement dossiers, ProcedureDirectory procedures,
			AgencyDirectory agencies, FileStore files, PeerQueue queue, JsonMapper json, Clock clock,
			@Value("${motcua.exchange.default-leg-days:3}") int defaultLegDays) {
		this.peers = peers;
		this.links = links;
		this.dossiers = dossiers;
		this.procedures = procedures;
		this.agencies = agencies;
		this.files = files;
		this.queue = queue;
		this.json = json;
		this.clock = clock;
		this.defaultLegDays = defaultLegDays;
	}

	@EventListener
	void on(DossierTransitioned transition) {
		if (transition.action() == DossierAction.FORWARD) {
			forward(transition);
			return;
		}
		if (!transition.linked() || transition.action() == DossierAction.RECEIVE) {
			return; // not another agency's dossier: nothing to report back, and no link to read
		}
		links.find(Links.LINKED, transition.code()).ifPresent(link -> stepBack(link, transition));
	}

	private void forward(DossierTransitioned transition) {
		Dossier dossier = SystemTask.call(() -> dossiers.visible(transition.code()));
		String target = dossier.forwardedTo();
		Optional<Peer> peer = target == null ? Optional.empty() : peers.hosting(target);
		if (peer.isEmpty()) {
			return; // an agency outside the exchange: the forward is recorded only (paper, by hand)
		}
		String originAgency = agencies.findById(dossier.agencyId()).map(Agency::code).orElseThrow();
		if (originAgency.equalsIgnoreCase(target)) {
			throw new InvalidInputException("agencyCode", "Không chuyển liên thông hồ sơ cho chính cơ quan mình");
		}
		if (links.find(Links.ORIGIN, dossier.code()).isPresent()) {
			throw new InvalidInputException("agencyCode", "Hồ sơ " + dossier.code() + " đã được chuyển liên thông");
		}
		int legDays = legDays(dossier);
		DossierEvent step = dossier.history()
			.stream()
			.filter(e -> e.action() == DossierAction.FORWARD)
			.reduce((first, second) -> second)
			.orElseThrow();
		Postal postal = step.postal() == null ? null : new Postal(step.postal().trackingNumber(), step.postal().sentOn());
		String note = step.note();
		Forward forward = new Forward(dossier.code(), originAgency, target.toUpperCase(java.util.Locale.ROOT),
				dossier.procedure().code(), dossier.channel().name(), applicant(dossier), papers(dossier), legDays,
				transition.at(), note, postal);
		UUID id = UUID.randomUUID();
		Peer to = peer.get();
		ExchangeMessage message = new ExchangeMessage(id, ExchangeMessage.FORWARD, peers.nodeCode(), to.code(),
				now(), forward, null);
		links.insert(new Link(UUID.randomUUID(), Links.ORIGIN, dossier.code(), to.code(), forward.targetAgency(), null,
				legDays, postal == null ? null : postal.trackingNumber(), postal == null ? null : postal.sentOn(), null, 0,
				clock.instant()));
		queue.enqueue(to.code(), dossier.code(), id, dossier.agencyId(),
				"Chuyển liên thông hồ sơ " + dossier.code() + " đến " + forward.targetAgency(), json.writeValueAsBytes(message));
	}

	private void stepBack(Link link, DossierTransitioned transition) {
		Dossier dossier = SystemTask.call(() -> dossiers.visible(transition.code()));
		int seq = links.nextStep(link.id());
		FileData result = null;
		if (transition.action() == DossierAction.COMPLETE && dossier.resultFileId() != null) {
			result = file(dossier.resultFileId());
		}
		String agency = agencies.findById(dossier.agencyId()).map(Agency::code).orElseThrow();
		var last = dossier.history().isEmpty() ? null : dossier.history().get(dossier.history().size() - 1);
		String note = last == null ? null : last.reason() != null ? last.reason() : last.note();
		LocalDate papersArrived = transition.action() == DossierAction.POSTAL_RECEIVED && last != null
				&& last.postal() != null ? last.postal().receivedOn() : null;
		if (papersArrived != null) {
			links.postalReceived(link.id(), papersArrived);
		}
		Step step = new Step(link.otherCode() == null ? "" : link.otherCode(), dossier.code(), agency, seq,
				transition.action().name(), transition.to().name(), transition.at(), transition.by(), note, result,
				papersArrived);
		UUID id = UUID.randomUUID();
		ExchangeMessage message = new ExchangeMessage(id, ExchangeMessage.STEP, peers.nodeCode(), link.peerCode(),
				now(), null, step);
		queue.enqueue(link.peerCode(), dossier.code(), id, dossier.agencyId(),
				transition.action().label() + " hồ sơ liên thông " + dossier.code(), json.writeValueAsBytes(message));
	}

	/** This leg's working days: the last inter-agency leg of the procedure version, else the configured default. */
	private int legDays(Dossier dossier) {
		List<ProcedureDirectory.LegTerm> legs = procedures.legs(dossier.procedure().versionId());
		return legs.size() > 1 && legs.get(legs.size() - 1).days() > 0 ? legs.get(legs.size() - 1).days()
				: defaultLegDays;
	}

	private static Applicant applicant(Dossier dossier) {
		var a = dossier.applicant();
		return new Applicant(a.fullName(), a.idNumber(), a.phone(), a.email(), a.address(), a.organisation(),
				a.organisationTaxCode(), a.organisationDecision(), a.representative());
	}

	private List<Paper> papers(Dossier dossier) {
		List<Paper> papers = new ArrayList<>();
		for (DossierComponent c : dossier.components()) {
			papers.add(new Paper(c.code(), c.original(), c.copies(), c.fileIds().stream().map(this::file).toList()));
		}
		return papers;
	}

	private FileData file(UUID id) {
		return SystemTask.call(() -> {
			StoredFile stored = files.get(id);
			try (InputStream in = files.open(id)) {
				return new FileData(stored.name(), stored.mediaType(), stored.sha256(), in.readAllBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime();
	}

	static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
