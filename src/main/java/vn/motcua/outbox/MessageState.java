package vn.motcua.outbox;

/** Where an outbox message stands. */
public enum MessageState {

	/** Đang chờ gửi (its turn may still wait for an earlier message of its key). */
	WAITING("Đang chờ"),

	/** Đang gửi: a sender has claimed it; if the sender dies the claim expires and it is sent again. */
	IN_FLIGHT("Đang gửi"),

	/** Đã gửi: the receiver acknowledged it. Final. */
	DELIVERED("Đã gửi"),

	/** Lỗi, sẽ gửi lại: the last attempt failed; the next attempt waits for a growing, jittered delay. */
	FAILED("Lỗi, chờ gửi lại"),

	/** Hỏng hẳn: the receiver refused it for good or every attempt failed. Final unless retried by hand. */
	DEAD("Hỏng hẳn"),

	/** Đã hủy by an administrator. Final unless retried by hand. */
	CANCELLED("Đã hủy");

	private final String label;

	MessageState(String label) {
		this.label = label;
	}

	/** Vietnamese label for pages. */
	public String label() {
		return label;
	}

	/** Whether a later message of the same ordering key must still wait for this one. */
	public boolean blocksLaterMessages() {
		return this == WAITING || this == IN_FLIGHT || this == FAILED;
	}
}
