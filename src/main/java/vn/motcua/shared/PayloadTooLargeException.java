package vn.motcua.shared;

/** An upload is over the size cap. Becomes HTTP 413. */
public class PayloadTooLargeException extends RuntimeException {

	public PayloadTooLargeException(String message) {
		super(message);
	}
}
