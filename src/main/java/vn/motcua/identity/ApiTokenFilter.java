package vn.motcua.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API call that carries one of our tokens ({@code Authorization: Bearer mct_…}, {@link ApiTokens}); a
 * token that is not in force gets 401. Other bearer tokens (OIDC) are left to the resource server.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final AuthenticationEntryPoint unauthenticated;

	ApiTokenFilter(ApiTokens tokens, AuthenticationEntryPoint unauthenticated) {
		this.tokens = tokens;
		this.unauthenticated = unauthenticated;
	}

	/** The bearer token of a request, if it is one of ours. */
	static @Nullable String ours(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		String token = header.substring(7).strip();
		return token.startsWith(ApiTokens.PREFIX) ? token : null;
	}

	/** The resource server's resolver, blind to our tokens so that it does not read them as JWTs. */
	static BearerTokenResolver oidcOnly() {
		DefaultBearerTokenResolver resolver = new DefaultBearerTokenResolver();
		return request -> ours(request) != null ? null : resolver.resolve(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String token = ours(request);
		if (token != null) {
			Optional<Authentication> caller;
			try {
				caller = tokens.authenticate(token);
			}
			catch (DataAccessException ex) {
				unauthenticated.commence(request, response, new AuthenticationServiceException("database", ex));
				return;
			}
			if (caller.isEmpty()) {
				SecurityContextHolder.clearContext();
				unauthenticated.commence(request, response,
						new BadCredentialsException("Mã truy cập hết hạn, bị thu hồi hoặc không hợp lệ"));
				return;
			}
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(caller.get());
			SecurityContextHolder.setContext(context);
		}
		chain.doFilter(request, response);
	}
}
