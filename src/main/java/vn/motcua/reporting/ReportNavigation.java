package vn.motcua.reporting;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.shared.NavigationItem;
import vn.motcua.shared.Roles;

/** The reporting module's menu entries. */
@Configuration(proxyBeanMethods = false)
class ReportNavigation {

	@Bean
	NavigationItem reportsMenu() {
		return new NavigationItem("Báo cáo", "Biểu mẫu báo cáo", "/bao-cao", 500, List.of(Roles.SYSTEM_ADMIN,
				Roles.AGENCY_ADMIN, Roles.CONTROL_OFFICER, Roles.AGENCY_HEAD, Roles.DEPARTMENT_HEAD, Roles.VIEWER));
	}

	@Bean
	NavigationItem quarterlyMenu() {
		return new NavigationItem("Báo cáo", "Báo cáo định kỳ", "/bao-cao/dinh-ky", 505, List.of(Roles.SYSTEM_ADMIN,
				Roles.AGENCY_ADMIN, Roles.CONTROL_OFFICER, Roles.AGENCY_HEAD, Roles.DEPARTMENT_HEAD, Roles.VIEWER));
	}

	@Bean
	NavigationItem serviceIndexMenu() {
		return new NavigationItem("Báo cáo", "Chỉ số 766", "/bao-cao/chi-so-766", 507, List.of(Roles.SYSTEM_ADMIN,
				Roles.AGENCY_ADMIN, Roles.CONTROL_OFFICER, Roles.AGENCY_HEAD, Roles.DEPARTMENT_HEAD, Roles.VIEWER));
	}

	@Bean
	NavigationItem dashboardMenu() {
		return new NavigationItem("Báo cáo", "Tổng quan bằng biểu đồ", "/bao-cao/tong-quan", 510, List.of(
				Roles.SYSTEM_ADMIN, Roles.AGENCY_ADMIN, Roles.CONTROL_OFFICER, Roles.AGENCY_HEAD,
				Roles.DEPARTMENT_HEAD, Roles.VIEWER));
	}
}
