package vn.motcua.catalogue;

/**
 * The status of a procedure, shared by all its versions; stored under these names ({@code procedure.status}).
 * Only {@link Procedure} changes it.
 */
public enum ProcedureStatus {

	/** Dự thảo: entered but not yet announced; not offered to citizens. */
	DRAFT("Dự thảo"),

	/** Đã công bố: announced by a publication decision (or entered as such); offered from its versions' dates. */
	PUBLISHED("Đã công bố"),

	/** Đã bãi bỏ: repealed from a day; its dossiers received before that day continue. */
	REPEALED("Đã bãi bỏ");

	private final String label;

	ProcedureStatus(String label) {
		this.label = label;
	}

	/** The Vietnamese label for pages. */
	public String label() {
		return label;
	}
}
