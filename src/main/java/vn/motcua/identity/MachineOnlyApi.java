package vn.motcua.identity;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API is for machines: every call outside {@code /api/public/**} and the health probe must carry its own
 * {@code Authorization} header (a session cookie alone is never enough), and a call a browser marks as coming from
 * another site ({@code Sec-Fetch-Site: cross-site} or {@code same-site}, or an {@code Origin} that is not this
 * server's) is refused with 403, so credentials a browser cached cannot be replayed by another page. Browsers are
 * also never asked for Basic credentials (see {@link #isBrowser}), so they do not cache any.
 */
final class MachineOnlyApi extends OncePerRequestFilter {

	private final JsonMapper json;

	MachineOnlyApi(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/public/") || path.equals("/actuator/health")
				|| path.startsWith("/actuator/health/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isCrossSite(request)) {
			SecurityConfiguration.writeProblem(response, json, HttpStatus.FORBIDDEN, "cross-site",
					"Không chấp nhận yêu cầu từ trang khác",
					"API chỉ dành cho hệ thống gọi trực tiếp; yêu cầu gửi từ một trang web khác bị từ chối.",
					request.getRequestURI());
			return;
		}
		if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
			if (!isBrowser(request)) {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, SecurityConfiguration.BASIC_CHALLENGE);
			}
			SecurityConfiguration.writeProblem(response, json, HttpStatus.UNAUTHORIZED, "unauthenticated",
					"Chưa đăng nhập",
					"API cần tiêu đề Authorization (HTTP Basic hoặc mã truy cập); phiên đăng nhập của trang web không được dùng cho API.",
					request.getRequestURI());
			return;
		}
		chain.doFilter(request, response);
	}

	/** A browser announces itself with the Fetch Metadata headers; machines do not send them. */
	static boolean isBrowser(HttpServletRequest request) {
		return request.getHeader("Sec-Fetch-Mode") != null || request.getHeader("Sec-Fetch-Site") != null;
	}

	static boolean isCrossSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
			return true;
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		if (origin == null) {
			return false;
		}
		try {
			URI uri = URI.create(origin);
			int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
			return !request.getScheme().equalsIgnoreCase(uri.getScheme())
					|| !request.getServerName().equalsIgnoreCase(uri.getHost()) || request.getServerPort() != port;
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
	}
}
