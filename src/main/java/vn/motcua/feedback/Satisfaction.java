package vn.motcua.feedback;

/** The sender's satisfaction with the answer (766 indicator 5.3). */
public enum Satisfaction {

	SATISFIED("Hài lòng"), NEUTRAL("Bình thường"), DISSATISFIED("Không hài lòng");

	private final String label;

	Satisfaction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
