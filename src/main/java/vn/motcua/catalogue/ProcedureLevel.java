package vn.motcua.catalogue;

/** Cấp thực hiện (cấp tỉnh, cấp xã, cấp bộ) of a procedure; stored under these names (`procedure_version.level`). */
public enum ProcedureLevel {

	/** Cấp tỉnh. */
	PROVINCE("Cấp tỉnh"),

	/** Cấp xã. */
	COMMUNE("Cấp xã"),

	/** Cấp bộ. */
	MINISTRY("Cấp bộ");

	private final String label;

	ProcedureLevel(String label) {
		this.label = label;
	}

	/** The Vietnamese label for pages and documents. */
	public String label() {
		return label;
	}
}
