package vn.motcua.shared;

/** The caller is known but may not do this (wrong role, another agency). Becomes HTTP 403. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}
}
