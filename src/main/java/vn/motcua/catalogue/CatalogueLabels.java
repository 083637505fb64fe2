package vn.motcua.catalogue;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.motcua.shared.workflow.EnumInput;

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
		return label(ProcedureLevel.class, code, ProcedureLevel::label);
	}

	public String origin(@Nullable String code) {
		return label(ProcedureOrigin.class, code, ProcedureOrigin::label, ProcedureOrigin.LOCAL.label());
	}

	public String online(@Nullable String code) {
		return label(OnlineMode.class, code, OnlineMode::label, code == null ? "" : OnlineMode.NONE.label());
	}

	public String result(@Nullable String code) {
		return label(ResultType.class, code, ResultType::label, ResultType.PAPER.label());
	}

	public String paper(@Nullable String code) {
		return code == null ? "Bản chính" : switch (code) {
			case "CERTIFIED_COPY" -> "Bản sao chứng thực";
			case "COPY" -> "Bản sao";
			default -> "Bản chính";
		};
	}

	public String status(@Nullable String code) {
		return label(ProcedureStatus.class, code, ProcedureStatus::label);
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

	/** The label of the constant named {@code code}; the code itself when it names none (empty when missing). */
	private static <E extends Enum<E>> String label(Class<E> type, @Nullable String code, Function<E, String> label) {
		return label(type, code, label, code == null ? "" : code);
	}

	private static <E extends Enum<E>> String label(Class<E> type, @Nullable String code, Function<E, String> label,
			String otherwise) {
		return EnumInput.read(type, code).map(label).orElse(otherwise);
	}

	public String role(String code) {
		return vn.motcua.shared.Roles.label(code);
	}
}
