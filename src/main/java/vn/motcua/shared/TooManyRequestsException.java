package vn.motcua.shared;

/** A client sent too many requests to a public endpoint. Becomes HTTP 429. */
public class TooManyRequestsException extends RuntimeException {

	public TooManyRequestsException(String message) {
		super(message);
	}
}
