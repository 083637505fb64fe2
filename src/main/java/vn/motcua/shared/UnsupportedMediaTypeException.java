package vn.motcua.shared;

import java.util.List;

/**
 * The content is of a type the system does not accept, as found from the bytes themselves (not from the file name
 * or the declared content type). Becomes HTTP 415; {@link #detectedType()} names what was found.
 */
public class UnsupportedMediaTypeException extends RuntimeException {

	private final String detectedType;

	private final List<String> accepted;

	public UnsupportedMediaTypeException(String message, String detectedType, List<String> accepted) {
		super(message);
		this.detectedType = detectedType;
		this.accepted = List.copyOf(accepted);
	}

	/** The media type found in the content ({@code application/x-msdownload}, {@code text/plain} ...). */
	public String detectedType() {
		return detectedType;
	}

	/** The media types that would have been accepted. */
	public List<String> accepted() {
		return accepted;
	}
}
