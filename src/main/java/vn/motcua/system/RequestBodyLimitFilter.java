package vn.motcua.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.shared.PayloadTooLargeException;
import vn.motcua.shared.ProblemResponses;

/**
 * Caps every non-multipart request body before anything reads it, signed in or not: a declared
 * {@code Content-Length} above the cap is answered 413 at once without reading a byte; a body without one (chunked) is
 * read through a counter that stops at the cap with {@link PayloadTooLargeException} (413). Multipart bodies are capped
 * by the servlet container ({@code spring.servlet.multipart.*}) and spooled to disk. Runs before the NFC filter, so that
 * filter never buffers more than the cap.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final RequestLimits limits;

	private final JsonMapper json;

	RequestBodyLimitFilter(RequestLimits limits, JsonMapper json) {
		this.limits = limits;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
			chain.doFilter(request, response);
			return;
		}
		long limit = limits.bodyLimit(request.getRequestURI().substring(request.getContextPath().length()));
		if (request.getContentLengthLong() > limit) {
			refuse(request, response, limit);
			return;
		}
		chain.doFilter(new LimitedRequest(request, limit), response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
		String detail = tooLarge(limit);
		response.setHeader("Connection", "close");
		if (!ProblemHandler.isApi(request)) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(), detail);
			return;
		}
		ProblemDetail problem = ProblemResponses.problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Nội dung quá lớn",
				detail, request.getRequestURI());
		problem.setProperty("limit", limit);
		ProblemResponses.write(response, json, problem);
	}

	static String tooLarge(long limit) {
		return "Nội dung yêu cầu vượt quá giới hạn " + (limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB"
				: limit / 1024 + " KB") + ".";
	}

	/** The request whose body stream fails with {@link PayloadTooLargeException} once it passes the cap. */
	static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new LimitedStream(super.getInputStream(), limit);
			}
			return stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(getInputStream(),
					encoding == null ? StandardCharsets.UTF_8
							: Charset.forName(encoding)));
		}
	}

	static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long read;

		LimitedStream(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, (int) Math.min(length, limit - read + 1));
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) {
			read += n;
			if (read > limit) {
				throw new PayloadTooLargeException(tooLarge(limit), limit);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}
	}
}
