package vn.motcua.feedback;

/** How a feedback item reached the agency (Decree 20/2008 Art. 6: văn bản, điện thoại, phiếu; and the portal). */
public enum FeedbackChannel {

	PORTAL("Cổng thông tin"), EMAIL("Thư điện tử"), PHONE("Điện thoại"), LETTER("Văn bản, thư"), DIRECT("Trực tiếp");

	private final String label;

	FeedbackChannel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
