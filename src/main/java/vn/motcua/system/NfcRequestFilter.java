package vn.motcua.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.motcua.shared.VietnameseText;

/**
 * Normalises every textual input to Unicode NFC before anything else reads it: request parameters (query string
 * and form fields, which also lose control characters and bidirectional overrides) and JSON or text bodies (where
 * JsonInputRules refuses such characters instead). Multipart bodies are left alone; their text parts are normalised where
 * the application reads them. Runs after the character-encoding filter and before Spring Security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NfcRequestFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new NfcRequest(request), response);
	}

	static boolean isTextBody(String contentType) {
		if (contentType == null) {
			return false;
		}
		String type = contentType.toLowerCase();
		return type.startsWith("application/json") || type.contains("+json") || type.startsWith("text/");
	}

	static final class NfcRequest extends HttpServletRequestWrapper {

		private byte[] body;

		NfcRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return parameter(super.getParameter(name));
		}

		/** A form or query value in NFC, without control characters or bidirectional overrides. */
		private static String parameter(String value) {
			return VietnameseText.withoutUnsafeCharacters(VietnameseText.nfc(value));
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = super.getParameterValues(name);
			return values == null ? null : Arrays.stream(values).map(NfcRequest::parameter).toArray(String[]::new);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> normalised = new LinkedHashMap<>();
			super.getParameterMap()
				.forEach((key, values) -> normalised.put(key,
						Arrays.stream(values).map(NfcRequest::parameter).toArray(String[]::new)));
			return Collections.unmodifiableMap(normalised);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (!isTextBody(getContentType())) {
				return super.getInputStream();
			}
			return new vn.motcua.shared.BytesInputStream(body());
		}

		@Override
		public BufferedReader getReader() throws IOException {
			if (!isTextBody(getContentType())) {
				return super.getReader();
			}
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public String getCharacterEncoding() {
			return isTextBody(getContentType()) ? StandardCharsets.UTF_8.name() : super.getCharacterEncoding();
		}

		@Override
		public int getContentLength() {
			try {
				return isTextBody(getContentType()) ? body().length : super.getContentLength();
			}
			catch (IOException ex) {
				return -1;
			}
		}

		@Override
		public long getContentLengthLong() {
			return getContentLength();
		}

		private byte[] body() throws IOException {
			if (body == null) {
				String encoding = super.getCharacterEncoding();
				Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
				String text = StreamUtils.copyToString(super.getInputStream(), charset);
				body = VietnameseText.nfc(text).getBytes(StandardCharsets.UTF_8);
			}
			return body;
		}
	}
}
