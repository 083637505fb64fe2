package vn.motcua.shared;

/** The content is larger than the configured limit. Becomes HTTP 413; {@link #limit()} is the limit in bytes. */
public class PayloadTooLargeException extends RuntimeException {

	private final long limit;

	public PayloadTooLargeException(String message, long limit) {
		super(message);
		this.limit = limit;
	}

	/** The largest accepted size in bytes. */
	public long limit() {
		return limit;
	}
}
