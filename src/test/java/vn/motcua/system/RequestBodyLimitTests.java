package vn.motcua.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bodies are capped before they are read, signed in or not: a 1 GB body streamed from a generator (never allocated)
 * to the public feedback endpoint is refused with 413 within a second, and at most the cap is read from it.
 */
@MotCuaTest
class RequestBodyLimitTests {

	static final long ONE_GB = 1L << 30;

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestLimits limits;

	/**
	 * The refusal's time bound: the cut takes ~0.1 s idle and 1.3 s was seen on a machine at load 17, so 1 s flaked;
	 * the proof that the body is not read is the byte count ({@code body.read}), this bound only catches a slow path.
	 */
	static final long WHOLE_BODY_WOULD_TAKE_MS = 5000;

	@Test
	void aDeclaredGigabyteIsRefusedWithoutReadingAByte() throws Exception {
		Generator body = new Generator(ONE_GB);
		long started = System.nanoTime();
		mvc.perform(post("/api/public/feedback").contentType(MediaType.APPLICATION_JSON).with(streaming(body, ONE_GB)))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.type").value("urn:motcua:problem:too-large"))
			.andExpect(jsonPath("$.limit").value(limits.body().toBytes()));
		assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(WHOLE_BODY_WOULD_TAKE_MS);
		assertThat(body.read.get()).isZero();
	}

	@Test
	void aChunkedGigabyteIsCutAtTheCapWithoutReadingIt() throws Exception {
		Generator body = new Generator(ONE_GB);
		Runtime runtime = Runtime.getRuntime();
		long started = System.nanoTime();
		MvcResult result = mvc
			.perform(post("/api/public/feedback").contentType(MediaType.APPLICATION_JSON).with(streaming(body, -1)))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.limit").value(limits.body().toBytes()))
			.andReturn();
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(millis).isLessThan(WHOLE_BODY_WOULD_TAKE_MS);
		assertThat(body.read.get()).isLessThanOrEqualTo(limits.body().toBytes() + 8192);
		assertThat(runtime.totalMemory() - runtime.freeMemory()).isLessThan(runtime.maxMemory());
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("vượt quá giới hạn");
	}

	@Test
	void theImportsAcceptMoreButStillHaveACap() {
		assertThat(limits.bodyLimit("/api/v1/dossiers/import")).isEqualTo(limits.importBody().toBytes());
		assertThat(limits.bodyLimit("/api/public/feedback")).isEqualTo(limits.body().toBytes());
		assertThat(limits.importBody().toBytes()).isGreaterThan(limits.body().toBytes());
	}

	/** Replaces the body with a generated stream; {@code declared} is the Content-Length, -1 for chunked. */
	static RequestPostProcessor streaming(Generator body, long declared) {
		return request -> {
			MockHttpServletRequest streamed = new MockHttpServletRequest(request.getServletContext(),
					request.getMethod(), request.getRequestURI()) {
				@Override
				public ServletInputStream getInputStream() {
					return body;
				}

				@Override
				public long getContentLengthLong() {
					return declared;
				}

				@Override
				public int getContentLength() {
					return (int) Math.min(Integer.MAX_VALUE, declared);
				}
			};
			streamed.setContentType(request.getContentType());
			streamed.addHeader("Content-Type", request.getContentType());
			streamed.addHeader("Accept", MediaType.APPLICATION_JSON_VALUE);
			streamed.setRemoteAddr("203.0.113.7");
			return streamed;
		};
	}

	/** A JSON-looking body of {@code size} bytes produced on the fly; counts what was read. */
	static final class Generator extends ServletInputStream {

		final AtomicLong read = new AtomicLong();

		private final long size;

		private final byte[] prefix = "{\"content\": \"".getBytes(StandardCharsets.US_ASCII);

		Generator(long size) {
			this.size = size;
		}

		@Override
		public int read() {
			long at = read.get();
			if (at >= size) {
				return -1;
			}
			read.incrementAndGet();
			return at < prefix.length ? prefix[(int) at] : 'a';
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = 0;
			while (n < length) {
				int b = read();
				if (b < 0) {
					return n == 0 ? -1 : n;
				}
				buffer[offset + n++] = (byte) b;
			}
			return n;
		}

		@Override
		public boolean isFinished() {
			return read.get() >= size;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
		}

	}
}
