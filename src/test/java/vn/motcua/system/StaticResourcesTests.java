package vn.motcua.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Links on pages are not looked up as files: with a resource chain every {@code @{...}} link searched every jar of
 * the classpath (40 % of a signed-in page's CPU under load). Static files are served with a cache lifetime.
 */
@MotCuaTest
class StaticResourcesTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Test
	void renderedLinksAreNotResolvedAgainstTheClasspath() {
		assertThat(context.getBeanProvider(ResourceUrlEncodingFilter.class).getIfAvailable()).isNull();
	}

	@Test
	void theStylesheetAndHtmxAreServedWithACacheLifetime() throws Exception {
		mvc.perform(get("/css/app.css"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "max-age=3600"));
		mvc.perform(get("/webjars/htmx.org/2.0.10/dist/htmx.min.js")).andExpect(status().isOk());
	}
}
