package vn.motcua.exchange;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where an outgoing message waits until the peer acknowledges it: the outbox (destination {@code PEER:<code>},
 * ordered per dossier, retried with backoff, dead-lettered, one sender per message). Enqueued in the caller's
 * transaction, so the message exists exactly when the dossier change does.
 */
interface PeerQueue {

	void enqueue(String peerCode, String orderingKey, UUID messageId, @Nullable UUID agencyId, String label,
			byte[] body);
}
