package vn.motcua.catalogue;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Vietnamese labels of the catalogue's codes, for pages ({@code ${@catalogueLabels.level(p.level)}}), the XLSX
 * template and documents.
 */
@Component("catalogueLabels")
public class CatalogueLabels {

	public static String applicantType(String code) {
		return switch (code) {
			case "CITIZEN" -> "Công dân Việt Nam";
			case "FOREIGNER" -> "Người nước ngoài";
			case "ORGANISATION" -> "Tổ chức";
			case "STATE_AGENCY" -> "Cơ quan nhà nước";
			default -> code;
		};
	}

	public String applicant(String code) {
		return applicantType(code);
	}

	public String level(@Nullable String code) {
		return code == null ? "" : switch (code) {
			case "PROVINCE" -> "Cấp tỉnh";
			case "COMMUNE" -> "Cấp xã";
			case "MINISTRY" -> "Cấp bộ";
			default -> code;
		};
	}

	public String origin(@Nullable String code) {
		return "CENTRAL".equals(code) ? "Do Trung ương quy định" : "Do địa phương quy định";
	}

	public String online(@Nullable String code) {
		return code == null ? "" : switch (code) {
			case "FULL" -> "Trực tuyến toàn trình";
			case "PARTIAL" -> "Trực tuyến một phần";
			default -> "Không trực tuyến";
		};
	}

	public String result(@Nullable String code) {
		return "ELECTRONIC".equals(code) ? "Bản điện tử" : "Bản giấy";
	}

	public String paper(@Nullable String code) {
		return code == null ? "Bản chính" : switch (code) {
			case "CERTIFIED_COPY" -> "Bản sao chứng thực";
			case "COPY" -> "Bản sao";
			default -> "Bản chính";
		};
	}

	public String status(@Nullable String code) {
		return code == null ? "" : switch (code) {
			case "DRAFT" -> "Dự thảo";
			case "PUBLISHED" -> "Đã công bố";
			case "REPEALED" -> "Đã bãi bỏ";
			default -> code;
		};
	}

	public String change(@Nullable String code) {
		return code == null ? "" : switch (code) {
			case "NEW" -> "Ban hành mới";
			case "AMENDED" -> "Sửa đổi, bổ sung";
			case "REPEALED" -> "Bãi bỏ";
			default -> code;
		};
	}

	public String unit(@Nullable String code) {
		return "WORKING_HOUR" .equals(code) ? "giờ làm việc" : "ngày làm việc";
	}

	public String role(String code) {
		return vn.motcua.shared.Roles.label(code);
	}
}
