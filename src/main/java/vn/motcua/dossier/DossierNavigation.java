package vn.motcua.dossier;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.shared.NavigationItem;
import vn.motcua.shared.Roles;

/** The dossier module's menu entries. */
@Configuration(proxyBeanMethods = false)
class DossierNavigation {

	@Bean
	NavigationItem dossiersMenu() {
		return new NavigationItem("Hồ sơ", "Danh sách hồ sơ", "/ho-so", 100, List.of());
	}

	@Bean
	NavigationItem intakeMenu() {
		return new NavigationItem("Hồ sơ", "Tiếp nhận hồ sơ", "/ho-so/tiep-nhan", 110,
				List.of(Roles.RECEPTION_OFFICER, Roles.SYSTEM_ADMIN));
	}

	@Bean
	NavigationItem outboxMenu() {
		return new NavigationItem("Quản trị", "Thư gửi công dân", "/quan-tri/thu-di", 960,
				List.of(Roles.SYSTEM_ADMIN, Roles.AGENCY_ADMIN));
	}
}
