package vn.motcua.identity;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.shared.NavigationItem;
import vn.motcua.shared.Roles;

/** The identity module's menu entries. */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

	private static final List<String> ADMINS = List.of(Roles.SYSTEM_ADMIN, Roles.AGENCY_ADMIN);

	@Bean
	NavigationItem agenciesMenu() {
		return new NavigationItem("Quản trị", "Cơ quan, đơn vị", "/quan-tri/co-quan", 900, ADMINS);
	}

	@Bean
	NavigationItem fieldsMenu() {
		return new NavigationItem("Quản trị", "Lĩnh vực", "/quan-tri/linh-vuc", 910, ADMINS);
	}

	@Bean
	NavigationItem usersMenu() {
		return new NavigationItem("Quản trị", "Người dùng", "/quan-tri/nguoi-dung", 920, ADMINS);
	}

	@Bean
	NavigationItem passwordMenu() {
		return new NavigationItem("Tài khoản", "Đổi mật khẩu", "/tai-khoan/mat-khau", 990, List.of());
	}
}
