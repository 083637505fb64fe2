package vn.motcua.dossier;

import java.util.EnumSet;
import java.util.Set;

import vn.motcua.shared.Roles;

import static vn.motcua.dossier.DossierStatus.APPROVED;
import static vn.motcua.dossier.DossierStatus.ASSIGNED;
import static vn.motcua.dossier.DossierStatus.AWAITING_APPROVAL;
import static vn.motcua.dossier.DossierStatus.AWAITING_PAPERS;
import static vn.motcua.dossier.DossierStatus.AWAITING_SUPPLEMENT;
import static vn.motcua.dossier.DossierStatus.COMPLETED;
import static vn.motcua.dossier.DossierStatus.FORWARDED;
import static vn.motcua.dossier.DossierStatus.RECEIVED;
import static vn.motcua.dossier.DossierStatus.SUBMITTED;

/**
 * The actions of API.md, each with the states it may start from and the roles that may take it. The target state
 * is decided by {@link Dossier}. A system administrator may take every action (corrections); imports replay
 * histories without the role check.
 */
public enum DossierAction {

	/** Tiếp nhận (history import only: the first event). */
	RECEIVE("Tiếp nhận", EnumSet.noneOf(DossierStatus.class), Roles.RECEPTION_OFFICER),

	/** Bộ phận một cửa tiếp nhận hồ sơ nộp trực tuyến. */
	ACCEPT("Tiếp nhận hồ sơ trực tuyến", EnumSet.of(SUBMITTED), Roles.RECEPTION_OFFICER),

	/**
	 * Liên thông, bên nhận: the papers sent by post have arrived (on the day given); the leg's working days count from
	 * then.
	 */
	POSTAL_RECEIVED("Đã nhận hồ sơ giấy qua bưu chính", EnumSet.of(AWAITING_PAPERS), Roles.RECEPTION_OFFICER),

	/** Yêu cầu bổ sung, hoàn thiện (Mẫu 02); thời hạn dừng. */
	REQUEST_SUPPLEMENT("Yêu cầu bổ sung", EnumSet.of(SUBMITTED, RECEIVED, ASSIGNED, AWAITING_APPROVAL, FORWARDED),
			Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.DEPARTMENT_HEAD),

	/** Đã nhận đủ hồ sơ bổ sung; thời hạn tính lại từ đầu. */
	SUPPLEMENT_RECEIVED("Nhận hồ sơ bổ sung", EnumSet.of(AWAITING_SUPPLEMENT), Roles.RECEPTION_OFFICER),

	/** Từ chối (Mẫu 03): khi nộp, hoặc sau thẩm định. */
	REFUSE("Từ chối", EnumSet.of(SUBMITTED, RECEIVED, ASSIGNED, AWAITING_APPROVAL, APPROVED, FORWARDED),
			Roles.RECEPTION_OFFICER, Roles.DEPARTMENT_HEAD, Roles.AGENCY_HEAD),

	/** Phân công chuyên viên xử lý. */
	ASSIGN("Phân công", EnumSet.of(RECEIVED, ASSIGNED), Roles.DEPARTMENT_HEAD, Roles.AGENCY_HEAD),

	/** Chuyên viên trình kết quả thẩm định. */
	SUBMIT("Trình duyệt", EnumSet.of(ASSIGNED), Roles.PROCESSING_OFFICER),

	/** Lãnh đạo phê duyệt. */
	APPROVE("Phê duyệt", EnumSet.of(AWAITING_APPROVAL), Roles.DEPARTMENT_HEAD, Roles.AGENCY_HEAD),

	/** Lãnh đạo trả lại để xử lý lại. */
	SEND_BACK("Trả lại xử lý", EnumSet.of(AWAITING_APPROVAL, APPROVED), Roles.DEPARTMENT_HEAD, Roles.AGENCY_HEAD),

	/** Xin lỗi và hẹn lại ngày trả (Mẫu 04), một lần. */
	APOLOGISE("Xin lỗi, hẹn lại", EnumSet.of(RECEIVED, ASSIGNED, AWAITING_APPROVAL, APPROVED, FORWARDED),
			Roles.AGENCY_HEAD, Roles.DEPARTMENT_HEAD),

	/** Có kết quả. */
	COMPLETE("Hoàn thành", EnumSet.of(RECEIVED, ASSIGNED, APPROVED, FORWARDED), Roles.AGENCY_HEAD,
			Roles.DEPARTMENT_HEAD, Roles.PROCESSING_OFFICER, Roles.RECEPTION_OFFICER),

	/** Trả kết quả cho người nộp. */
	RETURN_RESULT("Trả kết quả", EnumSet.of(COMPLETED), Roles.RECEPTION_OFFICER),

	/** Người nộp rút hồ sơ. */
	WITHDRAW("Rút hồ sơ", EnumSet.of(SUBMITTED, RECEIVED, ASSIGNED, AWAITING_APPROVAL, APPROVED, FORWARDED,
			AWAITING_SUPPLEMENT), Roles.RECEPTION_OFFICER),

	/** Dừng xử lý. */
	STOP("Dừng xử lý", EnumSet.of(RECEIVED, ASSIGNED, AWAITING_APPROVAL, APPROVED, FORWARDED, AWAITING_SUPPLEMENT,
			AWAITING_PAPERS),
			Roles.AGENCY_HEAD, Roles.DEPARTMENT_HEAD),

	/** Chuyển cơ quan phối hợp (liên thông). */
	FORWARD("Chuyển liên thông", EnumSet.of(RECEIVED, ASSIGNED, APPROVED), Roles.RECEPTION_OFFICER,
			Roles.PROCESSING_OFFICER, Roles.DEPARTMENT_HEAD);

	private final String label;

	private final Set<DossierStatus> from;

	private final Set<String> roles;

	DossierAction(String label, Set<DossierStatus> from, String... roles) {
		this.label = label;
		this.from = from;
		this.roles = Set.of(roles);
	}

	public String label() {
		return label;
	}

	/** Whether the action may start from the given state. */
	public boolean allowedFrom(DossierStatus status) {
		return from.contains(status);
	}

	/** The roles that may take this action (besides the system administrator). */
	public Set<String> roles() {
		return roles;
	}
}
