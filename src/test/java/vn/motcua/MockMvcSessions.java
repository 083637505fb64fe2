package vn.motcua;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.AbstractFilterRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import jakarta.servlet.Filter;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * MockMvc of {@link MotCuaTest} keeps its sessions in the mock request ({@code MockHttpSession}), as the tests that
 * pass a session or issue a form token on the mock request expect: Spring Session's filter, which would replace it
 * with a session in the database, is left out of MockMvc. The session store itself (the repository, the tables) is
 * in the context and is driven through HTTP by {@code SessionStoreTests} and {@code TwoInstancesTests}, and by the
 * browser journeys, whose server runs the filter.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcSessions {

	/** The name Spring Boot gives the registration of Spring Session's filter. */
	public static final String REGISTRATION = "sessionRepositoryFilterRegistration";

	@Bean
	static BeanPostProcessor sessionFilterOutsideMockMvc() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (REGISTRATION.equals(beanName) && bean instanceof AbstractFilterRegistrationBean<?> registration) {
					registration.setEnabled(false);
				}
				return bean;
			}
		};
	}

	/**
	 * A MockMvc whose sessions live in the database, as in production: the filter that keeps the sessions read
	 * during a request, Spring Session's filter, then Spring Security's. The session travels in the {@code SESSION}
	 * cookie.
	 */
	public static MockMvc withSessionsInDatabase(WebApplicationContext context) {
		Filter oneRead = context.getBean("oneSessionReadPerRequest", FilterRegistrationBean.class).getFilter();
		Filter sessions = context.getBean("springSessionRepositoryFilter", Filter.class);
		return MockMvcBuilders.webAppContextSetup(context).addFilters(oneRead, sessions).apply(springSecurity()).build();
	}
}
