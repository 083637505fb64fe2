package vn.motcua.system;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.dialect.SpringStandardDialect;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.shared.NavigationItem;
import vn.motcua.shared.Roles;
import vn.motcua.shared.VietnamTime;

/** The clock (Asia/Ho_Chi_Minh: every business date is Vietnamese) and the system's menu entries. */
@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

	/**
	 * Every page prints dates in Vietnam time: Thymeleaf's standard dialect is replaced by {@link VietnamTime.Dialect}
	 * before the engine starts, so {@code #temporals} converts what the database returns in UTC.
	 */
	@Bean
	static BeanPostProcessor vietnamTimeOnPages(ObjectProvider<Clock> clock) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof SpringTemplateEngine engine && !engine.isInitialized()) {
					Set<IDialect> dialects = new LinkedHashSet<>();
					engine.getDialects()
						.forEach(d -> dialects.add(d.getClass() == SpringStandardDialect.class ? new VietnamTime.Dialect(clock::getObject) : d));
					engine.setDialects(dialects);
				}
				return bean;
			}
		};
	}

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(VietnamTime.ZONE);
	}

	/**
	 * JSON answers write instants with Vietnam's offset ({@code +07:00}), whatever the server's zone: Jackson's zone is
	 * {@link VietnamTime#ZONE}, the one constant, rather than a second {@code spring.jackson.time-zone} property.
	 */
	@Bean
	JsonMapperBuilderCustomizer vietnamTimeInJson() {
		return builder -> builder.defaultTimeZone(TimeZone.getTimeZone(VietnamTime.ZONE));
	}

	@Bean
	NavigationItem apiDocsMenu() {
		return new NavigationItem("Quản trị", "Tài liệu API", "/swagger-ui/index.html", 990,
				List.of(Roles.SYSTEM_ADMIN, Roles.AGENCY_ADMIN));
	}
}
