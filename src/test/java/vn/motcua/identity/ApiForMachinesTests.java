package vn.motcua.identity;

import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API is for machines: a signed-in page session is not enough, a request another site makes a browser send is
 * refused even with valid (cached) Basic credentials, and browsers are never asked for Basic credentials.
 */
@MotCuaTest
class ApiForMachinesTests {

	static final String PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	@Test
	void aPageSessionAloneDoesNotOpenTheApi() throws Exception {
		HttpSession session = mvc.perform(formLogin("/dang-nhap").user("quantri").password(PASSWORD))
			.andReturn()
			.getRequest()
			.getSession(false);
		assertThat(session).isNotNull();
		mvc.perform(get("/").session((MockHttpSession) session)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/users/me").session((MockHttpSession) session))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("urn:motcua:problem:unauthenticated"));
		mvc.perform(post("/api/v1/users/xem/unlock").session((MockHttpSession) session))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aCrossSiteRequestIsRefusedEvenWithValidCredentials() throws Exception {
		mvc.perform(post("/api/v1/users/xem/unlock").with(httpBasic("quantri", PASSWORD))
			.header("Origin", "https://trang-la.example")).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:motcua:problem:cross-site"));
		mvc.perform(post("/api/v1/users/xem/unlock").with(httpBasic("quantri", PASSWORD))
			.header("Sec-Fetch-Site", "cross-site")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/users/xem/unlock").with(httpBasic("quantri", PASSWORD))
			.header("Sec-Fetch-Site", "same-site")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/files").with(httpBasic("motcua", PASSWORD))
			.header("Sec-Fetch-Site", "cross-site")
			.contentType("multipart/form-data; boundary=x")
			.content("--x--")).andExpect(status().isForbidden());
	}

	@Test
	void machinesAndSameOriginCallsWithCredentialsGoThrough() throws Exception {
		mvc.perform(post("/api/v1/users/xem/unlock").with(httpBasic("quantri", PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/users/me").with(httpBasic("xem", PASSWORD)).header("Sec-Fetch-Site", "same-origin"))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/users/me").with(httpBasic("xem", PASSWORD)).header("Origin", "http://localhost"))
			.andExpect(status().isOk());
	}

	@Test
	void onlyMachinesAreChallengedForBasicCredentials() throws Exception {
		mvc.perform(get("/api/v1/users/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Basic realm=\"Mot Cua\", charset=\"UTF-8\""));
		mvc.perform(get("/api/v1/users/me").header("Sec-Fetch-Mode", "navigate").header("Sec-Fetch-Site", "none"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", nullValue()));
	}

	@Test
	void thePublicApiStaysOpenWithoutCredentials() throws Exception {
		mvc.perform(get("/api/public/feedback/published").header("Origin", "https://dichvucong.gov.vn"))
			.andExpect(status().isOk());
	}
}
