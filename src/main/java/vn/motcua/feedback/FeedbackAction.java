package vn.motcua.feedback;

import java.util.EnumSet;
import java.util.Set;

import vn.motcua.shared.Roles;

import static vn.motcua.feedback.FeedbackStatus.AWAITING_INFO;
import static vn.motcua.feedback.FeedbackStatus.CLASSIFIED;
import static vn.motcua.feedback.FeedbackStatus.FORWARDED;
import static vn.motcua.feedback.FeedbackStatus.PUBLISHED;
import static vn.motcua.feedback.FeedbackStatus.RECEIVED;
import static vn.motcua.feedback.FeedbackStatus.RESOLVED;

/**
 * The actions on a feedback item, each with the states it may start from and the roles that may take it
 * (a system administrator may take all). The target state is decided by {@link Feedback}.
 */
public enum FeedbackAction {

	/** Tiếp nhận (history import only: the first event). */
	RECEIVE("Tiếp nhận", EnumSet.noneOf(FeedbackStatus.class)),

	/** Phân loại: hành vi / quy định, thuộc thẩm quyền hay không, lĩnh vực. */
	CLASSIFY("Phân loại", EnumSet.of(RECEIVED), Roles.CONTROL_OFFICER, Roles.AGENCY_HEAD),

	/** Chuyển cơ quan có thẩm quyền (Decree 20/2008 Art. 9). */
	FORWARD("Chuyển cơ quan có thẩm quyền", EnumSet.of(CLASSIFIED, FeedbackStatus.INFO_RECEIVED), Handlers.ROLES),

	/** Đề nghị người phản ánh bổ sung thông tin; thời hạn xử lý dừng lại. */
	REQUEST_INFO("Đề nghị bổ sung thông tin", EnumSet.of(CLASSIFIED, FeedbackStatus.INFO_RECEIVED), Handlers.ROLES),

	/** Đã nhận thông tin bổ sung; thời hạn xử lý tính lại từ đầu. */
	INFO_RECEIVED("Nhận thông tin bổ sung", EnumSet.of(AWAITING_INFO), Handlers.ROLES),

	/** Từ chối tiếp nhận, có lý do (không đủ điều kiện theo Điều 7). */
	REFUSE("Từ chối tiếp nhận", EnumSet.of(RECEIVED, CLASSIFIED, AWAITING_INFO, FeedbackStatus.INFO_RECEIVED), Handlers.ROLES),

	/** Trả lời, có kết quả xử lý. */
	RESOLVE("Trả lời", EnumSet.of(CLASSIFIED, FORWARDED, FeedbackStatus.INFO_RECEIVED), Handlers.ROLES),

	/** Đăng tải công khai kết quả xử lý. */
	PUBLISH("Công khai kết quả", EnumSet.of(RESOLVED), Roles.CONTROL_OFFICER, Roles.AGENCY_HEAD),

	/** Ghi nhận mức độ hài lòng của người phản ánh (một lần). */
	RATE("Ghi nhận mức độ hài lòng", EnumSet.of(RESOLVED, PUBLISHED), Handlers.ROLES);

	private final String label;

	private final Set<FeedbackStatus> from;

	private final Set<String> roles;

	FeedbackAction(String label, Set<FeedbackStatus> from, String... roles) {
		this.label = label;
		this.from = from;
		this.roles = Set.of(roles);
	}

	public String label() {
		return label;
	}

	public boolean allowedFrom(FeedbackStatus status) {
		return from.contains(status);
	}

	/** Roles that may take the action (besides the system administrator). */
	public Set<String> roles() {
		return roles;
	}

	/** Staff who handle feedback: the desk, processing officers, control officers and the head. */
	private static final class Handlers {

		static final String[] ROLES = { Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.CONTROL_OFFICER,
				Roles.AGENCY_HEAD, Roles.DEPARTMENT_HEAD };
	}
}
