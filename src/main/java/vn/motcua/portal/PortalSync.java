package vn.motcua.portal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierTransitioned;
import vn.motcua.outbox.Destination;
import vn.motcua.outbox.OutboxManagement;
import vn.motcua.outbox.OutgoingMessage;
import vn.motcua.shared.VietnamTime;

/**
 * Turns dossier changes into portal messages. Runs synchronously while the dossier module publishes
 * {@link DossierTransitioned}, inside the dossier's transaction, so the message is stored if and only if the change
 * is (ADR 009). A change that keeps the national code (for instance assigned → awaiting approval, both 4) sends
 * nothing: the portal sees each change of code once, in order.
 */
@Component
class PortalSync {

	/** The outbox destination of every portal message. */
	static final Destination PORTAL = Destination.of("PORTAL");

	/** The actions that receive a dossier (its receipt time, by which indicator 1.4 counts it). */
	static final java.util.Set<DossierAction> RECEIPTS = java.util.EnumSet.of(DossierAction.RECEIVE, DossierAction.ACCEPT,
			DossierAction.SUPPLEMENT_RECEIVED, DossierAction.POSTAL_RECEIVED);

	private final OutboxManagement outbox;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final PortalProperties properties;

	PortalSync(OutboxManagement outbox, JdbcClient jdbc, JsonMapper json, Clock clock, PortalProperties properties) {
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.properties = properties;
	}

	@EventListener
	void on(DossierTransitioned event) {
		if (properties.mode() == PortalProperties.Mode.OFF) {
			return;
		}
		int code = event.to().nationalCode();
		record Last(int code, int pushes) {
		}
		Last last = jdbc.sql("select last_status_code, pushes from portal_dossier where dossier_code = :code for update")
			.param("code", event.code())
			.query((rs, i) -> new Last(rs.getInt(1), rs.getInt(2)))
			.optional()
			.orElse(null);
		if (last != null && last.code() == code) {
			return;
		}
		int sequence = last == null ? 1 : last.pushes() + 1;
		jdbc.sql("""
				insert into portal_dossier (dossier_code, agency_id, last_status_code, pushes, last_enqueued_at, received_at)
				values (:code, :agency, :status, :pushes, :now, :received)
				on conflict (dossier_code) do update set last_status_code = :status, pushes = :pushes,
				    last_enqueued_at = :now, received_at = coalesce(portal_dossier.received_at, :received)""")
			.param("code", event.code())
			.param("agency", event.agencyId())
			.param("status", code)
			.param("pushes", sequence)
			.param("now", OffsetDateTime.now(clock))
			// the receipt the portal's figures (Decision 766, 1.4) are counted by: taken at the desk or accepted online,
			// or a linked dossier's papers arrived by post (not its message alone)
			.param("received", RECEIPTS.contains(event.action()) && event.to() != DossierStatus.AWAITING_PAPERS
					? event.at() : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.update();
		PortalStatusMessage message = new PortalStatusMessage(UUID.randomUUID(), event.code(), sequence, code,
				NationalStatus.name(code), last == null ? null : last.code(), event.action().name(),
				event.at().atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime());
		outbox.enqueue(new OutgoingMessage(message.messageId(), PORTAL, event.code(), event.agencyId(),
				"Mã " + code + " · " + message.statusName(), "application/json",
				json.writeValueAsBytes(message)));
	}
}
