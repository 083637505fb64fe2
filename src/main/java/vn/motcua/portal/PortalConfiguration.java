package vn.motcua.portal;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The portal adapter chosen by {@code motcua.portal.mode}; with {@code off} there is none and nothing is sent. */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

	@Bean
	@ConditionalOnProperty(name = "motcua.portal.mode", havingValue = "fake")
	FakePortal fakePortal(JdbcClient jdbc, Clock clock) {
		return new FakePortal(jdbc, clock);
	}

	@Bean
	@ConditionalOnProperty(name = "motcua.portal.mode", havingValue = "http")
	HttpPortal httpPortal(PortalProperties properties) {
		return new HttpPortal(properties.url(), properties.timeout(), properties.username(), properties.password(),
				properties.token());
	}

	@Bean
	@ConditionalOnExpression("'${motcua.portal.mode:off}'.toLowerCase() != 'off'")
	PortalDeliverer portalDeliverer(PortalAdapter adapter, JsonMapper json, JdbcClient jdbc, Clock clock) {
		return new PortalDeliverer(adapter, json, jdbc, clock);
	}

	/** Indicator 1.4 is measured only while dossiers are synced to a portal (the fake one included). */
	@Bean
	@ConditionalOnExpression("'${motcua.portal.mode:off}'.toLowerCase() != 'off'")
	PortalHoldings portalHoldings(JdbcClient jdbc) {
		return new PortalHoldings(jdbc);
	}
}
