package vn.motcua.catalogue;

/** How far the procedure is offered online (dịch vụ công trực tuyến); stored under these names. */
public enum OnlineMode {

	/** Trực tuyến toàn trình. */
	FULL("Trực tuyến toàn trình"),

	/** Trực tuyến một phần. */
	PARTIAL("Trực tuyến một phần"),

	/** Không trực tuyến. */
	NONE("Không trực tuyến");

	private final String label;

	OnlineMode(String label) {
		this.label = label;
	}

	/** The Vietnamese label for pages and documents. */
	public String label() {
		return label;
	}
}
