package vn.motcua.feedback;

/** Where a feedback item stands. {@link #isClosed()}: the agency has answered or refused it ("đã xử lý"). */
public enum FeedbackStatus {

	RECEIVED("Đã tiếp nhận"), CLASSIFIED("Đã phân loại"), FORWARDED("Đã chuyển cơ quan có thẩm quyền"),
	AWAITING_INFO("Chờ bổ sung thông tin"), INFO_RECEIVED("Đã nhận thông tin bổ sung"), RESOLVED("Đã trả lời"),
	PUBLISHED("Đã công khai kết quả"), REFUSED("Từ chối tiếp nhận");

	private final String label;

	FeedbackStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isClosed() {
		return this == RESOLVED || this == PUBLISHED || this == REFUSED;
	}
}
