package vn.motcua.catalogue;

/** Who lays the procedure down: the central government (do Trung ương quy định) or the province (do địa phương quy định); stored under these names. */
public enum ProcedureOrigin {

	/** Do Trung ương quy định. */
	CENTRAL("Do Trung ương quy định"),

	/** Do địa phương quy định. */
	LOCAL("Do địa phương quy định");

	private final String label;

	ProcedureOrigin(String label) {
		this.label = label;
	}

	/** The Vietnamese label for pages and documents. */
	public String label() {
		return label;
	}
}
