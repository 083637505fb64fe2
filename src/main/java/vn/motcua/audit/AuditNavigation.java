package vn.motcua.audit;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.shared.NavigationItem;
import vn.motcua.shared.Roles;

/** The audit module's menu entry. */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

	@Bean
	NavigationItem auditMenu() {
		return new NavigationItem("Quản trị", "Nhật ký thao tác", "/quan-tri/nhat-ky", 950,
				List.of(Roles.SYSTEM_ADMIN, Roles.AGENCY_ADMIN));
	}
}
