package vn.motcua.shared;

import java.util.List;

/**
 * The roles of API.md and the authorisation expressions used in {@code @PreAuthorize} on application services.
 * Spring Security authorities carry the prefix {@code ROLE_}.
 */
public final class Roles {

	/** Quản trị hệ thống: everything, every agency. */
	public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";

	/** Quản trị đơn vị: users, catalogue and settings of one agency and the agencies under it. */
	public static final String AGENCY_ADMIN = "AGENCY_ADMIN";

	/** Cán bộ một cửa: receives dossiers and returns results at the one-stop desk. */
	public static final String RECEPTION_OFFICER = "RECEPTION_OFFICER";

	/** Chuyên viên xử lý: appraises dossiers. */
	public static final String PROCESSING_OFFICER = "PROCESSING_OFFICER";

	/** Lãnh đạo phòng: assigns and reviews dossiers. */
	public static final String DEPARTMENT_HEAD = "DEPARTMENT_HEAD";

	/** Lãnh đạo cơ quan: approves and signs. */
	public static final String AGENCY_HEAD = "AGENCY_HEAD";

	/** Cán bộ kiểm soát TTHC: procedure control and reports. */
	public static final String CONTROL_OFFICER = "CONTROL_OFFICER";

	/** Người xem: read only. */
	public static final String VIEWER = "VIEWER";

	/** Every role, in display order. */
	public static final List<String> ALL = List.of(SYSTEM_ADMIN, AGENCY_ADMIN, RECEPTION_OFFICER, PROCESSING_OFFICER,
			DEPARTMENT_HEAD, AGENCY_HEAD, CONTROL_OFFICER, VIEWER);

	/** Expression: any administrator. */
	public static final String ADMINS = "hasAnyRole('SYSTEM_ADMIN','AGENCY_ADMIN')";

	/** Expression: the system administrator only. */
	public static final String SYSTEM_ADMIN_ONLY = "hasRole('SYSTEM_ADMIN')";

	/**
	 * Expression: staff who may change data, that is every role but {@link #VIEWER} (who reads only). Uploads and new
	 * versions of files need it; each module's own rules then narrow it further.
	 */
	public static final String WRITERS = "hasAnyRole('SYSTEM_ADMIN','AGENCY_ADMIN','RECEPTION_OFFICER',"
			+ "'PROCESSING_OFFICER','DEPARTMENT_HEAD','AGENCY_HEAD','CONTROL_OFFICER')";

	/** Expression: any signed-in staff member. */
	public static final String STAFF = "isAuthenticated()";

	private Roles() {
	}

	/** The Vietnamese label of a role for pages and documents. */
	public static String label(String role) {
		return switch (role) {
			case SYSTEM_ADMIN -> "Quản trị hệ thống";
			case AGENCY_ADMIN -> "Quản trị đơn vị";
			case RECEPTION_OFFICER -> "Cán bộ một cửa";
			case PROCESSING_OFFICER -> "Chuyên viên xử lý";
			case DEPARTMENT_HEAD -> "Lãnh đạo phòng";
			case AGENCY_HEAD -> "Lãnh đạo cơ quan";
			case CONTROL_OFFICER -> "Cán bộ kiểm soát TTHC";
			case VIEWER -> "Người xem";
			default -> role;
		};
	}
}
