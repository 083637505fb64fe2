package vn.motcua.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.MotCuaTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Spring MVC's own exceptions reach clients through {@code ResponseEntityExceptionHandler} (status and headers chosen
 * by Spring) with our problem body on top: type URI, Vietnamese title and detail, the {@code errors} list.
 */
@MotCuaTest
class ProblemHandlerTests {

	private static final String PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	@Test
	void aWrongMethodIs405WithTheAllowedMethodsAndAVietnameseProblemForAClientThatAsksForJson() throws Exception {
		mvc.perform(delete("/kiem-soat/nhac-han").accept(MediaType.APPLICATION_JSON)
			.with(user("quantri").roles("SYSTEM_ADMIN")).with(csrf()))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().exists("Allow"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:motcua:problem:method"))
			.andExpect(jsonPath("$.title").value("Phương thức không được hỗ trợ"))
			.andExpect(jsonPath("$.detail").value("Phương thức DELETE không được hỗ trợ cho địa chỉ này."));
	}

	@Test
	void anAddressNobodyServesIs404ForAClientThatAsksForJson() throws Exception {
		mvc.perform(get("/khong-co-dia-chi-nay").accept(MediaType.APPLICATION_JSON)
			.with(user("quantri").roles("SYSTEM_ADMIN")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:motcua:problem:not-found"))
			.andExpect(jsonPath("$.title").value("Không tìm thấy"));
	}

	@Test
	void brokenJsonIs400NamingTheProblem() throws Exception {
		mvc.perform(post("/api/v1/agencies").with(httpBasic("quantri", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:motcua:problem:malformed"))
			.andExpect(jsonPath("$.detail", containsString("JSON")));
	}

	@Test
	void aFailedValidIs400WithOneErrorPerField() throws Exception {
		mvc.perform(post("/api/v1/agencies").with(httpBasic("quantri", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:motcua:problem:validation"))
			.andExpect(jsonPath("$.title").value("Dữ liệu không hợp lệ"))
			.andExpect(jsonPath("$.errors[0].field").exists())
			.andExpect(jsonPath("$.errors[0].message").exists());
	}
}
