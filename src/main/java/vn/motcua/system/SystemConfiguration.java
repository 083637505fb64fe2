package vn.motcua.system;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.shared.NavigationItem;
import vn.motcua.shared.Roles;

/** The clock (Asia/Ho_Chi_Minh: every business date is Vietnamese) and the system's menu entries. */
@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

	/** Time zone of every business date. */
	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(ZONE);
	}

	@Bean
	NavigationItem apiDocsMenu() {
		return new NavigationItem("Quản trị", "Tài liệu API", "/swagger-ui/index.html", 990,
				List.of(Roles.SYSTEM_ADMIN, Roles.AGENCY_ADMIN));
	}
}
