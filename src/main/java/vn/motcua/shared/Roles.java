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
	public static final String ADMINS = "hasAnyRole('" + SYSTEM_ADMIN + "','" + AGENCY_ADMIN + "')";

	/** Expression: the system administrator only. */
	public static final String SYSTEM_ADMIN_ONLY = "hasRole('" + SYSTEM_ADMIN + "')";

	/**
	 * Expression: staff who may change data, that is every role but {@link #VIEWER} (who reads only). Uploads and new
	 * versions of files need it; each module's own rules then narrow it further.
	 */
	public static final String WRITERS = "hasAnyRole('" + SYSTEM_ADMIN + "','" + AGENCY_ADMIN + "','"
			+ RECEPTION_OFFICER + "','" + PROCESSING_OFFICER + "','" + DEPARTMENT_HEAD + "','" + AGENCY_HEAD + "','"
			+ CONTROL_OFFICER + "')";

	/** Expression: any signed-in staff member. */
	public static final String STAFF = "isAuthenticated()";

	/** Expression: the one-stop desk (receives dossiers, records payments). */
	public static final String DESK = "hasAnyRole('" + RECEPTION_OFFICER + "','" + SYSTEM_ADMIN + "')";

	/** Expression: the desk and the processing officers (scans, digitisation, reuse of papers). */
	public static final String DESK_AND_PROCESSING = "hasAnyRole('" + RECEPTION_OFFICER + "','" + PROCESSING_OFFICER
			+ "','" + SYSTEM_ADMIN + "')";

	/** Expression: who receives and handles feedback (phản ánh, kiến nghị). */
	public static final String FEEDBACK_HANDLERS = "hasAnyRole('" + RECEPTION_OFFICER + "','" + PROCESSING_OFFICER
			+ "','" + DEPARTMENT_HEAD + "','" + CONTROL_OFFICER + "','" + AGENCY_HEAD + "','" + SYSTEM_ADMIN + "')";

	/** Expression: who records procedure control (plans, reviews, impact assessments) and writes quarterly reports. */
	public static final String CONTROL_WRITERS = "hasAnyRole('" + SYSTEM_ADMIN + "','" + AGENCY_ADMIN + "','"
			+ CONTROL_OFFICER + "','" + AGENCY_HEAD + "')";

	/** Expression: administrators and the desk (the desk's visit queue). */
	public static final String ADMINS_AND_DESK = "hasAnyRole('" + SYSTEM_ADMIN + "','" + AGENCY_ADMIN + "','"
			+ RECEPTION_OFFICER + "')";

	/** Expression: who records publication decisions (quyết định công bố). */
	public static final String DECISION_WRITERS = "hasAnyRole('" + SYSTEM_ADMIN + "','" + AGENCY_ADMIN + "','"
			+ CONTROL_OFFICER + "')";

	/** Expression: who reads reports (everyone but the desk and processing officers). */
	public static final String REPORT_READERS = "hasAnyRole('" + SYSTEM_ADMIN + "','" + AGENCY_ADMIN + "','"
			+ CONTROL_OFFICER + "','" + AGENCY_HEAD + "','" + DEPARTMENT_HEAD + "','" + VIEWER + "')";

	/** Expression: who submits a quarterly report to the province. */
	public static final String REPORT_SUBMITTERS = "hasAnyRole('" + SYSTEM_ADMIN + "','" + CONTROL_OFFICER + "','"
			+ AGENCY_HEAD + "')";

	/** Expression: who reopens a submitted quarterly report. */
	public static final String REPORT_REOPENERS = "hasAnyRole('" + SYSTEM_ADMIN + "','" + AGENCY_HEAD + "')";

	/** Expression: who runs satisfaction surveys. */
	public static final String SURVEY_STAFF = "hasAnyRole('" + SYSTEM_ADMIN + "','" + AGENCY_ADMIN + "','"
			+ RECEPTION_OFFICER + "','" + CONTROL_OFFICER + "','" + AGENCY_HEAD + "')";

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
