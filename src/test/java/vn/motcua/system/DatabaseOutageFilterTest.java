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
	void aPageGetsTheOutagePageWith503NotTheErrorPageThatNeedsTheDatabase() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/ho-so");
		request.addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> {
			res.getWriter().write("<html><body>half a page");
			throw new CannotGetJdbcConnectionException("down");
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
		// no error dispatch (the error page's layout reads menus from the database): the page is written here
		assertThat(response.getErrorMessage()).isNull();
		assertThat(response.getForwardedUrl()).isNull();
		// the page had taken the writer in ISO-8859-1: the text survives as character references
		String body = org.springframework.web.util.HtmlUtils.htmlUnescape(response.getContentAsString());
		assertThat(body).startsWith("<!DOCTYPE html>")
			.contains("Hệ thống tạm thời gián đoạn", "Cơ sở dữ liệu tạm thời không phản hồi", "có thể chưa được lưu")
			.doesNotContain("half a page");
	}

	@Test
	void otherFailuresPassThrough() {
		assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/x"),
				new MockHttpServletResponse(), (req, res) -> {
					throw new IllegalStateException("bug");
				})).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aControllerThatLosesTheDatabaseAnswersAPageWithTheOutagePageAndAnApiCallWithAProblem() throws Exception {
		ProblemHandler handler = new ProblemHandler(JsonMapper.builder().build());
		MockHttpServletResponse page = new MockHttpServletResponse();
		assertThat(handler.unexpected(new CannotGetJdbcConnectionException("timed out"),
				new MockHttpServletRequest("POST", "/ho-so/tiep-nhan"), page)).isNull();
		assertThat(page.getStatus()).isEqualTo(503);
		assertThat(page.getErrorMessage()).isNull();
		assertThat(page.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("Hệ thống tạm thời gián đoạn");

		// the API call gets what the outer filter writes: the problem body, written here
		MockHttpServletResponse api = new MockHttpServletResponse();
		assertThat(handler.unexpected(new CannotGetJdbcConnectionException("timed out"),
				new MockHttpServletRequest("POST", "/api/v1/dossiers"), api)).isNull();
		assertThat(api.getStatus()).isEqualTo(503);
		assertThat(api.getContentType()).startsWith("application/problem+json");
		assertThat(api.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("\"type\":\"urn:motcua:problem:unavailable\"");
		assertThat(api.getHeader("Retry-After")).isEqualTo("5");
	}
}
