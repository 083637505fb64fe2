package vn.motcua.feedback;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.shared.NavigationItem;
import vn.motcua.shared.Roles;

/** The feedback module's menu entries. */
@Configuration(proxyBeanMethods = false)
class FeedbackNavigation {

	@Bean
	NavigationItem feedbackInboxMenu() {
		return new NavigationItem("Phản ánh, kiến nghị", "Hộp phản ánh", "/pakn", 300, List.of());
	}

	@Bean
	NavigationItem feedbackIntakeMenu() {
		return new NavigationItem("Phản ánh, kiến nghị", "Tiếp nhận phản ánh", "/pakn/tiep-nhan", 310,
				List.of(Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.DEPARTMENT_HEAD, Roles.CONTROL_OFFICER,
						Roles.AGENCY_HEAD, Roles.SYSTEM_ADMIN));
	}

	@Bean
	NavigationItem feedbackPublishedMenu() {
		return new NavigationItem("Phản ánh, kiến nghị", "Kết quả đã công khai", "/phan-anh/cong-khai", 320, List.of());
	}
}
