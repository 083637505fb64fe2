package vn.motcua.portal;

import java.util.Map;

/** The names of the national status codes 1–10 (DOMAIN.md §2.4), as the portal knows them. */
final class NationalStatus {

	private static final Map<Integer, String> NAMES = Map.of(1, "Mới đăng ký", 2, "Được tiếp nhận", 3,
			"Không được tiếp nhận", 4, "Đang xử lý", 5, "Yêu cầu bổ sung giấy tờ", 6,
			"Yêu cầu thực hiện nghĩa vụ tài chính", 7, "Công dân yêu cầu rút hồ sơ", 8, "Dừng xử lý", 9,
			"Đã xử lý xong", 10, "Đã trả kết quả");

	private NationalStatus() {
	}

	static String name(int code) {
		String name = NAMES.get(code);
		if (name == null) {
			throw new IllegalArgumentException("No national status code " + code);
		}
		return name;
	}
}
