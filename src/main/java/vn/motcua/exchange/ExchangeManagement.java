package vn.motcua.exchange;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.exchange.Links.LegEvent;
import vn.motcua.exchange.Links.Link;
import vn.motcua.shared.Roles;

/** What a dossier's page and the API show of its other leg (chặng liên thông). */
@Service
public class ExchangeManagement {

	/**
	 * The other leg of a dossier. {@code role} ORIGIN: this dossier was forwarded, {@code events} are the linked
	 * dossier's steps as its agency reported them; LINKED: this dossier was made from another agency's dossier
	 * ({@code otherCode}), whose leg continues there after the result goes back.
	 */
	public record OtherLeg(String role, String peerCode, String otherAgency, @Nullable String otherCode,
			@Nullable Integer legDays, @Nullable String postalTracking, @Nullable LocalDate postalSentOn,
			@Nullable LocalDate postalReceivedOn, OffsetDateTime since, List<LegStep> events) {

		public boolean origin() {
			return Links.ORIGIN.equals(role);
		}
	}

	/** One step of the other leg. */
	public record LegStep(int seq, String action, @Nullable String status, OffsetDateTime at, @Nullable String by,
			@Nullable String note) {

		/** The step's name in Vietnamese. */
		public String actionLabel() {
			try {
				return vn.motcua.dossier.DossierAction.valueOf(action).label();
			}
			catch (IllegalArgumentException ex) {
				return action;
			}
		}

		public String statusLabel() {
			try {
				return status == null ? "" : vn.motcua.dossier.DossierStatus.valueOf(status).label();
			}
			catch (IllegalArgumentException ex) {
				return status;
			}
		}
	}

	private final Links links;

	private final DossierManagement dossiers;

	ExchangeManagement(Links links, DossierManagement dossiers) {
		this.links = links;
		this.dossiers = dossiers;
	}

	/** The other leg of a dossier the caller may see (404 otherwise); empty when it was never exchanged. */
	@PreAuthorize(Roles.STAFF)
	@Transactional(readOnly = true)
	public Optional<OtherLeg> otherLeg(String code) {
		Dossier dossier = dossiers.visible(code);
		Optional<Link> link = links.find(Links.ORIGIN, dossier.code()).or(() -> links.find(Links.LINKED, dossier.code()));
		return link.map(l -> new OtherLeg(l.role(), l.peerCode(), l.otherAgency(), l.otherCode(), l.legDays(),
				l.postalTracking(), l.postalSentOn(), l.postalReceivedOn(),
				l.createdAt().atOffset(java.time.ZoneOffset.UTC), links.events(l.id())
					.stream()
					.map(ExchangeManagement::step)
					.toList()));
	}

	private static LegStep step(LegEvent e) {
		return new LegStep(e.seq(), e.action(), e.status(), e.at(), e.by(), e.note());
	}
}
