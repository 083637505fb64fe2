package vn.motcua.exchange;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.shared.NavigationItem;
import vn.motcua.shared.Roles;

/** The exchange module's menu entry. */
@Configuration(proxyBeanMethods = false)
class ExchangeNavigation {

	@Bean
	NavigationItem exchangeMenu() {
		return new NavigationItem("Quản trị", "Liên thông", "/quan-tri/lien-thong", 960,
				List.of(Roles.SYSTEM_ADMIN, Roles.AGENCY_ADMIN));
	}
}
