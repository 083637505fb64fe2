package vn.motcua.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.shared.SignedPeerRequests;

/**
 * Authenticates a call signed by another deployment ({@link SignedPeerRequests#SCHEME}): reads the body once (up to
 * the allowed size), has it verified, and lets the call in as {@code peer:<code>} with the role
 * {@value SignedPeerRequests#ROLE} and nothing else, handing the same body on. A refused call gets the problem the
 * verifier chose (401 bad or old signature, 403 unknown peer, 413 too large).
 */
final class SignedPeerAuthentication extends OncePerRequestFilter {

	private final ObjectProvider<SignedPeerRequests> verifier;

	private final JsonMapper json;

	SignedPeerAuthentication(ObjectProvider<SignedPeerRequests> verifier, JsonMapper json) {
		this.verifier = verifier;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header == null || !header.regionMatches(true, 0, SignedPeerRequests.SCHEME + " ", 0,
				SignedPeerRequests.SCHEME.length() + 1);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SignedPeerRequests peers = verifier.getIfAvailable();
		if (peers == null) {
			SecurityConfiguration.writeProblem(response, json, HttpStatus.UNAUTHORIZED, "unauthenticated",
					"Chưa đăng nhập", "Hệ thống này không nhận thông điệp liên thông.", request.getRequestURI());
			return;
		}
		byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, peers.maxBodySize() + 1));
		if (body.length > peers.maxBodySize()) {
			SecurityConfiguration.writeProblem(response, json, HttpStatus.CONTENT_TOO_LARGE, "too-large",
					"Thông điệp quá lớn", "Thông điệp liên thông vượt quá " + peers.maxBodySize() + " byte.",
					request.getRequestURI());
			return;
		}
		String peer;
		try {
			peer = peers.verify(request.getHeader(HttpHeaders.AUTHORIZATION), body);
		}
		catch (SignedPeerRequests.Refused refused) {
			SecurityConfiguration.writeProblem(response, json, HttpStatus.valueOf(refused.status()), refused.type(),
					refused.title(), refused.getMessage(), request.getRequestURI());
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("peer:" + peer, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + SignedPeerRequests.ROLE))));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(new CachedBody(request, body), response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** The request with its body already read. */
	private static final class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			return new vn.motcua.shared.BytesInputStream(body);
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}
	}
}
