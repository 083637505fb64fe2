package vn.motcua.shared;

/** An upload whose content is not of an accepted type. Becomes HTTP 415. */
public class UnsupportedMediaTypeException extends RuntimeException {

	public UnsupportedMediaTypeException(String message) {
		super(message);
	}
}
