package vn.motcua.feedback;

/** What the feedback is about (Decree 20/2008 Art. 5; the two content columns of biểu II.05a). */
public enum FeedbackKind {

	/** Hành vi hành chính: delay, harassment, non- or wrong implementation by an agency or an official. */
	BEHAVIOUR("Hành vi hành chính"),

	/** Quy định hành chính: a rule that is unsuitable, inconsistent, illegal, or a proposed solution. */
	REGULATION("Quy định hành chính");

	private final String label;

	FeedbackKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
