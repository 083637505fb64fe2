package vn.motcua.portal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.outbox.Deliverer;
import vn.motcua.outbox.DeliveryResult;
import vn.motcua.outbox.OutboxMessage;

/** Delivers the outbox's {@code PORTAL} messages through the configured {@link PortalAdapter}. */
class PortalDeliverer implements Deliverer {

	private final PortalAdapter adapter;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	private final Clock clock;

	PortalDeliverer(PortalAdapter adapter, JsonMapper json, JdbcClient jdbc, Clock clock) {
		this.adapter = adapter;
		this.json = json;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String kind() {
		return PortalSync.PORTAL.kind();
	}

	@Override
	public DeliveryResult deliver(OutboxMessage message) {
		PortalStatusMessage status;
		try {
			status = json.readValue(message.payload(), PortalStatusMessage.class);
		}
		catch (JacksonException e) {
			return DeliveryResult.permanentFailure("Nội dung tin không đọc được: " + e.getOriginalMessage());
		}
		DeliveryResult result = adapter.send(status, message.payloadText());
		if (result instanceof DeliveryResult.Delivered) {
			// the portal holds the dossier from its first acknowledged message on (PortalHoldings, indicator 1.4)
			jdbc.sql("update portal_dossier set first_delivered_at = :at where dossier_code = :code and first_delivered_at is null")
				.param("at", OffsetDateTime.now(clock))
				.param("code", status.dossierCode())
				.update();
		}
		return result;
	}
}
