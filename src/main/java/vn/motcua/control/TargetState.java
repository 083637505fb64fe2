package vn.motcua.control;

/** Where a target stands on a given day; the rule is in {@link TargetAssessment} and docs/control.md. */
public enum TargetState {

	MET("Đạt"), AT_RISK("Có nguy cơ không đạt"), MISSED("Không đạt");

	private final String label;

	TargetState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
