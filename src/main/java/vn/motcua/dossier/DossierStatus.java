package vn.motcua.dossier;

/**
 * Where a dossier stands. Internal states are finer than the national status codes 1–10 used to synchronise with
 * the national public-service portal (DOMAIN.md §2.4); {@link #nationalCode()} maps them.
 */
public enum DossierStatus {

	/** Nộp trực tuyến, chờ bộ phận một cửa tiếp nhận. */
	SUBMITTED(1, "Mới đăng ký"),

	/**
	 * Liên thông, bên nhận: the electronic dossier has arrived, its papers are on their way by post; the leg's time
	 * starts when they arrive ({@link DossierAction#POSTAL_RECEIVED}).
	 */
	AWAITING_PAPERS(1, "Chờ hồ sơ giấy qua bưu chính"),

	/** Đã tiếp nhận, có giấy hẹn (Mẫu 01); chờ phân công. */
	RECEIVED(2, "Đã tiếp nhận"),

	/** Không tiếp nhận ngay khi nộp (Mẫu 03). Final. */
	REFUSED_AT_INTAKE(3, "Không được tiếp nhận"),

	/** Đã phân công cho chuyên viên, đang thẩm định. */
	ASSIGNED(4, "Đang xử lý"),

	/** Chuyên viên đã trình, chờ lãnh đạo phê duyệt. */
	AWAITING_APPROVAL(4, "Chờ phê duyệt"),

	/** Lãnh đạo đã duyệt, chờ hoàn thành kết quả. */
	APPROVED(4, "Đã phê duyệt"),

	/** Đã chuyển cơ quan phối hợp (liên thông), chờ kết quả. */
	FORWARDED(4, "Đang xử lý liên thông"),

	/** Đã yêu cầu bổ sung (Mẫu 02); thời hạn dừng, tính lại từ đầu khi nhận đủ. */
	AWAITING_SUPPLEMENT(5, "Chờ bổ sung"),

	/** Công dân rút hồ sơ. Final. */
	WITHDRAWN(7, "Đã rút"),

	/** Dừng xử lý. Final. */
	STOPPED(8, "Dừng xử lý"),

	/** Từ chối giải quyết sau thẩm định (Mẫu 03). Final. */
	REFUSED(8, "Từ chối giải quyết"),

	/** Đã có kết quả, chờ trả. */
	COMPLETED(9, "Đã xử lý xong"),

	/** Đã trả kết quả. Final. */
	RETURNED(10, "Đã trả kết quả");

	private final int nationalCode;

	private final String label;

	DossierStatus(int nationalCode, String label) {
		this.nationalCode = nationalCode;
		this.label = label;
	}

	/** The status code of the national portal (1 Mới đăng ký … 10 Đã trả kết quả). */
	public int nationalCode() {
		return nationalCode;
	}

	/** Vietnamese label for pages and forms. */
	public String label() {
		return label;
	}

	/** No action changes a dossier in a final state. */
	public boolean isFinal() {
		return this == REFUSED_AT_INTAKE || this == WITHDRAWN || this == STOPPED || this == REFUSED
				|| this == RETURNED;
	}

	/** Resolved (đã giải quyết): a result or a decision not to give one exists. */
	public boolean isResolved() {
		return this == COMPLETED || this == RETURNED || this == REFUSED || this == STOPPED;
	}
}
