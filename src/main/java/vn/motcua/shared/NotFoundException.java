package vn.motcua.shared;

/** The requested resource does not exist, or the caller may not know that it exists. Becomes HTTP 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}
