package vn.motcua.control;

/**
 * The simplification outcome adopted for a reviewed procedure, with the column of the REVIEW form that counts it.
 * Exactly one of the four main outcomes applies to a reviewed procedure; inter-agency and online are added to it.
 */
public enum ReviewOutcome {

	KEEP("4", "Giữ nguyên", true), REPEAL("5", "Bãi bỏ", true), AMEND("6", "Sửa đổi, bổ sung", true),
	REPLACE("7", "Thay thế", true), INTER_AGENCY("8", "Liên thông", false),
	ONLINE("9", "Có giải pháp thực hiện trên môi trường điện tử", false);

	private final String column;

	private final String label;

	private final boolean main;

	ReviewOutcome(String column, String label, boolean main) {
		this.column = column;
		this.label = label;
		this.main = main;
	}

	public String column() {
		return column;
	}

	public String label() {
		return label;
	}

	/** Whether this is one of the four mutually exclusive outcomes. */
	public boolean main() {
		return main;
	}
}
