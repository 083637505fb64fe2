package vn.motcua.catalogue;

/** The form of the result handed back (kết quả giải quyết): on paper or electronic; stored under these names. */
public enum ResultType {

	/** Bản giấy. */
	PAPER("Bản giấy"),

	/** Bản điện tử. */
	ELECTRONIC("Bản điện tử");

	private final String label;

	ResultType(String label) {
		this.label = label;
	}

	/** The Vietnamese label for pages and documents. */
	public String label() {
		return label;
	}
}
