package vn.motcua.dossier;

/** How a dossier reached the agency (kênh thực hiện). */
public enum Channel {

	/** Trực tiếp tại bộ phận một cửa (national channel code 1). */
	DIRECT(1, "Trực tiếp"),

	/** Trực tuyến (code 2). */
	ONLINE(2, "Trực tuyến"),

	/** Dịch vụ bưu chính công ích (code 3). */
	POSTAL(3, "Bưu chính");

	private final int nationalCode;

	private final String label;

	Channel(int nationalCode, String label) {
		this.nationalCode = nationalCode;
		this.label = label;
	}

	public int nationalCode() {
		return nationalCode;
	}

	public String label() {
		return label;
	}
}
