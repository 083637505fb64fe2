package vn.motcua.outbox;

/** What a {@link Deliverer} answers for one attempt. */
public sealed interface DeliveryResult {

	/** The receiver acknowledged the message (also when it had already received it). */
	record Delivered() implements DeliveryResult {
	}

	/** A passing failure (timeout, 5xx, receiver down): try again later, with backoff, up to the attempt limit. */
	record RetryLater(String error) implements DeliveryResult {
	}

	/** The receiver refuses this message for good (4xx, invalid payload): dead-letter it now. */
	record PermanentFailure(String error) implements DeliveryResult {
	}

	static DeliveryResult delivered() {
		return new Delivered();
	}

	static DeliveryResult retryLater(String error) {
		return new RetryLater(error);
	}

	static DeliveryResult permanentFailure(String error) {
		return new PermanentFailure(error);
	}
}
