package vn.motcua.identity;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A password the system generated (the first administrator's, printed once to the log) must be replaced at the first
 * sign-in: until then the account reaches only the change-password page (pages) or {@code /api/v1/users/me} and
 * {@code /api/v1/users/me/password} (API, 403 otherwise). Accounts whose password a person chose are not affected.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

	static final String AUTHORITY = "PASSWORD_CHANGE_REQUIRED";

	static final String PAGE = "/tai-khoan/mat-khau";

	private static final Set<String> OPEN = Set.of(PAGE, "/dang-xuat", "/error", "/favicon.ico", "/api/v1/users/me",
			"/api/v1/users/me/password");

	private final UserAccounts users;

	private final JsonMapper json;

	PasswordChangeGate(UserAccounts users, JsonMapper json) {
		this.users = users;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean flagged = auth != null && auth.getAuthorities().stream().anyMatch(a -> AUTHORITY.equals(a.getAuthority()));
		if (!flagged || OPEN.contains(path) || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/webjars/") || path.startsWith("/img/") || !users.passwordChangeRequired(auth.getName())) {
			chain.doFilter(request, response);
			return;
		}
		if (path.startsWith("/api/")) {
			SecurityConfiguration.writeProblem(response, json, HttpStatus.FORBIDDEN, "password-change-required",
					"Cần đổi mật khẩu",
					"Mật khẩu do hệ thống tạo phải được đổi trước khi dùng: POST /api/v1/users/me/password.",
					request.getRequestURI());
			return;
		}
		response.sendRedirect(request.getContextPath() + PAGE);
	}
}
