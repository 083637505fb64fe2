package vn.motcua.survey;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.shared.NavigationItem;
import vn.motcua.shared.Roles;

/** The survey module's menu entry. */
@Configuration(proxyBeanMethods = false)
class SurveyNavigation {

	@Bean
	NavigationItem surveyMenu() {
		return new NavigationItem("Báo cáo", "Khảo sát hài lòng", "/khao-sat", 508, List.of(Roles.SYSTEM_ADMIN,
				Roles.AGENCY_ADMIN, Roles.RECEPTION_OFFICER, Roles.CONTROL_OFFICER, Roles.AGENCY_HEAD,
				Roles.DEPARTMENT_HEAD, Roles.VIEWER));
	}
}
