package vn.motcua.exchange;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.motcua.outbox.Deliverer;
import vn.motcua.outbox.DeliveryResult;
import vn.motcua.outbox.Destination;
import vn.motcua.outbox.OutboxManagement;
import vn.motcua.outbox.OutboxMessage;
import vn.motcua.outbox.OutgoingMessage;

/**
 * The exchange on the outbox: messages to peers are outbox messages of destination {@code PEER:<peer code>}, ordered
 * per dossier, and this bean is the outbox's {@link Deliverer} for kind {@value #KIND}, sending each through
 * {@link PeerDelivery}.
 */
@Component
class OutboxPeerQueue implements PeerQueue, Deliverer {

	static final String KIND = "PEER";

	private final OutboxManagement outbox;

	private final PeerDelivery delivery;

	OutboxPeerQueue(OutboxManagement outbox, PeerDelivery delivery) {
		this.outbox = outbox;
		this.delivery = delivery;
	}

	@Override
	public void enqueue(String peerCode, String orderingKey, UUID messageId, @Nullable UUID agencyId, String label,
			byte[] body) {
		outbox.enqueue(new OutgoingMessage(messageId, Destination.of(KIND, peerCode), orderingKey, agencyId, label,
				"application/json", body));
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public DeliveryResult deliver(OutboxMessage message) {
		String peer = message.destination().target();
		if (peer == null) {
			return DeliveryResult.permanentFailure("Thiếu mã hệ thống đối tác");
		}
		PeerDelivery.Outcome outcome = delivery.deliver(peer, message.id(), message.payload());
		if (outcome instanceof PeerDelivery.RetryLater retry) {
			return DeliveryResult.retryLater(retry.error());
		}
		if (outcome instanceof PeerDelivery.Refused refused) {
			return DeliveryResult.permanentFailure(refused.error());
		}
		return DeliveryResult.delivered();
	}
}
