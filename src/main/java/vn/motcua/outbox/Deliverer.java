package vn.motcua.outbox;

/**
 * Delivers the messages of one destination kind: a bean per kind (the portal adapter, the HTTPS sender to peer
 * agencies). The sender calls {@link #deliver} outside any transaction, once per attempt; a thrown exception counts
 * as {@link DeliveryResult#retryLater}. The same message may be delivered more than once (after a crash between the
 * receiver's answer and the sender's record of it), so receivers must drop duplicates by {@link OutboxMessage#id()}.
 */
public interface Deliverer {

	/** The destination kind this bean delivers, for instance {@code PORTAL} or {@code PEER}. */
	String kind();

	/** Delivers one message and says what happened. */
	DeliveryResult deliver(OutboxMessage message);
}
