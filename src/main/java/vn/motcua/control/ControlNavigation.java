package vn.motcua.control;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.shared.NavigationItem;
import vn.motcua.shared.Roles;

/** The procedure-control menu entries. */
@Configuration(proxyBeanMethods = false)
class ControlNavigation {

	static final String GROUP = "Kiểm soát TTHC";

	@Bean
	NavigationItem plansMenu() {
		return new NavigationItem(GROUP, "Kế hoạch kiểm soát TTHC", "/kiem-soat/ke-hoach", 500, List.of());
	}

	@Bean
	NavigationItem remindersMenu() {
		return new NavigationItem(GROUP, "Nhắc hạn nhiệm vụ", "/kiem-soat/nhac-han", 505, List.of());
	}

	@Bean
	NavigationItem assessmentsMenu() {
		return new NavigationItem(GROUP, "Đánh giá tác động TTHC", "/kiem-soat/danh-gia-tac-dong", 510, List.of());
	}

	@Bean
	NavigationItem reviewsMenu() {
		return new NavigationItem(GROUP, "Rà soát, đơn giản hóa TTHC", "/kiem-soat/ra-soat", 520, List.of());
	}

	@Bean
	NavigationItem deskMenu() {
		return new NavigationItem("Hồ sơ", "Quầy một cửa: bốc số, gọi số", "/kiem-soat/quay-mot-cua", 130,
				List.of(Roles.RECEPTION_OFFICER, Roles.SYSTEM_ADMIN, Roles.AGENCY_ADMIN));
	}
}
