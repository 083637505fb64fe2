package vn.motcua.dossier;

/**
 * Early / on time / late for a resolved dossier (its finish date against its appointment date, calendar dates in
 * Asia/Ho_Chi_Minh), in time / overdue for an open one (against a reference date).
 */
public enum Timeliness {

	/** Trước hạn. */
	EARLY("Trước hạn"),

	/** Đúng hạn. */
	ON_TIME("Đúng hạn"),

	/** Quá hạn (đã giải quyết). */
	LATE("Quá hạn"),

	/** Đang giải quyết, trong hạn. */
	IN_TIME("Trong hạn"),

	/** Đang giải quyết, quá hạn. */
	OVERDUE("Quá hạn");

	private final String label;

	Timeliness(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
