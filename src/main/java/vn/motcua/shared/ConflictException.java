package vn.motcua.shared;

/**
 * The request conflicts with the current state: a duplicate code, or a transition that the current state does
 * not allow. Becomes HTTP 409; {@link #state()} names the state where one is involved.
 */
public class ConflictException extends RuntimeException {

	private final String state;

	public ConflictException(String message) {
		this(message, null);
	}

	public ConflictException(String message, String state) {
		super(message);
		this.state = state;
	}

	/** The current state that forbids the request, or {@code null}. */
	public String state() {
		return state;
	}
}
