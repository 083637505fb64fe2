package vn.motcua.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.motcua.shared.OneTimeForms;

/** Page conventions: one-time tokens on the forms that create something. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final OneTimeForms oneTimeForms;

	WebConfiguration(OneTimeForms oneTimeForms) {
		this.oneTimeForms = oneTimeForms;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(oneTimeForms);
	}
}
