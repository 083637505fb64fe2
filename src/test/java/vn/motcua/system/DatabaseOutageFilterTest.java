package vn.motcua.system;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseOutageFilterTest {

	final DatabaseOutageFilter filter = new DatabaseOutageFilter(JsonMapper.builder().build());

	@Test
	void aDatabaseOutageInsideASignInFilterIs503WithAProblemNot500() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/dossiers");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> {
			throw new CannotGetJdbcConnectionException("Connection is not available, request timed out after 3000ms");
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("urn:motcua:problem:unavailable", "Hệ thống tạm thời gián đoạn");
	}

	@Test
	void aPageGetsTheErrorPageWith503() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/ho-so");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> {
			throw new CannotGetJdbcConnectionException("down");
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getErrorMessage()).contains("Cơ sở dữ liệu tạm thời không phản hồi");
	}

	@Test
	void otherFailuresPassThrough() {
		assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/x"),
				new MockHttpServletResponse(), (req, res) -> {
					throw new IllegalStateException("bug");
				})).isInstanceOf(IllegalStateException.class);
	}
}
