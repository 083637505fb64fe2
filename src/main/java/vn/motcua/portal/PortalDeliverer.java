package vn.motcua.portal;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.outbox.Deliverer;
import vn.motcua.outbox.DeliveryResult;
import vn.motcua.outbox.OutboxMessage;

/** Delivers the outbox's {@code PORTAL} messages through the configured {@link PortalAdapter}. */
class PortalDeliverer implements Deliverer {

	private final PortalAdapter adapter;

	private final JsonMapper json;

	PortalDeliverer(PortalAdapter adapter, JsonMapper json) {
		this.adapter = adapter;
		this.json = json;
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
		return adapter.send(status, message.payloadText());
	}
}
