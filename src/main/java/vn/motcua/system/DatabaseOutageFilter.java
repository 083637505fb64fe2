package vn.motcua.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.shared.DatabaseOutage;
import vn.motcua.shared.ProblemResponses;

/**
 * Outside every other filter (sign-in included): a database outage that escapes a filter, such as recording a
 * successful sign-in while PostgreSQL restarts, becomes 503 with {@code Retry-After} and a problem body (API) or the
 * outage page (pages, {@link DatabaseOutage#writePage}), never a bare 500. Inside controllers {@link ProblemHandler} does the same.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DatabaseOutageFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final JsonMapper json;

	DatabaseOutageFilter(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException ex) {
			if (!DatabaseOutage.isCause(ex) || response.isCommitted()) {
				throw ex;
			}
			respond(ex, request, response, json);
		}
	}

	/**
	 * The one answer to a database outage, here and in {@link ProblemHandler}: 503 with {@code Retry-After}, the
	 * outage page for a page, a problem body for the API; one warning line in the log.
	 */
	static void respond(Exception ex, HttpServletRequest request, HttpServletResponse response, JsonMapper json)
			throws IOException {
		log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
		if (!ProblemHandler.isApi(request)) {
			DatabaseOutage.writePage(response);
			return;
		}
		response.resetBuffer();
		response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
		ProblemResponses.write(response, json, ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
				DatabaseOutage.TITLE, DatabaseOutage.DETAIL, request.getRequestURI()));
	}
}
