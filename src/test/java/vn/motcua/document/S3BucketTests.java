package vn.motcua.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The S3-compatible file store, with the AWS SDK against a minimal S3 endpoint in this test (path-style PUT, GET,
 * HEAD, DELETE of objects in memory; it checks that every request is signed with the configured access key).
 */
class S3BucketTests {

	final Map<String, byte[]> objects = new ConcurrentHashMap<>();

	final List<String> requests = new CopyOnWriteArrayList<>();

	HttpServer server;

	@TempDir
	Path receiving;

	@BeforeEach
	void fakeS3() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", this::handle);
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String method = exchange.getRequestMethod();
		requests.add(method + " " + path);
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		if (authorization == null || !authorization.contains("Credential=KHOA-THU/")) {
			exchange.sendResponseHeaders(403, -1);
			exchange.close();
			return;
		}
		try (InputStream body = exchange.getRequestBody()) {
			switch (method) {
				case "PUT" -> {
					objects.put(path, body.readAllBytes());
					exchange.getResponseHeaders().add("ETag", "\"x\"");
					exchange.sendResponseHeaders(200, -1);
				}
				case "GET", "HEAD" -> {
					byte[] content = objects.get(path);
					if (content == null) {
						byte[] error = "<Error><Code>NoSuchKey</Code><Message>no</Message></Error>"
							.getBytes(StandardCharsets.UTF_8);
						exchange.getResponseHeaders().add("Content-Type", "application/xml");
						exchange.sendResponseHeaders(404, method.equals("HEAD") ? -1 : error.length);
						if (!method.equals("HEAD")) {
							exchange.getResponseBody().write(error);
						}
					}
					else {
						exchange.getResponseHeaders().add("Content-Length", Integer.toString(content.length));
						exchange.sendResponseHeaders(200, method.equals("HEAD") ? -1 : content.length);
						if (!method.equals("HEAD")) {
							exchange.getResponseBody().write(content);
						}
					}
				}
				case "DELETE" -> {
					objects.remove(path);
					exchange.sendResponseHeaders(204, -1);
				}
				default -> exchange.sendResponseHeaders(405, -1);
			}
		}
		exchange.close();
	}

	S3Bucket bucket(String accessKey) {
		return new S3Bucket("http://127.0.0.1:" + server.getAddress().getPort(), "us-east-1", "ho-so", "tep/",
				accessKey, "bi-mat", true);
	}

	@Test
	void keptContentGoesToTheBucketAndComesBackWhole() throws IOException {
		try (FileContents contents = new FileContents(receiving, bucket("KHOA-THU"), false)) {
			byte[] bytes = "%PDF-1.7 Giấy tiếp nhận hồ sơ".repeat(1000).getBytes(StandardCharsets.UTF_8);
			FileContents.Received received = contents.receive(new ByteArrayInputStream(bytes), 1_000_000);
			String key = contents.keep(received);
			contents.discard(received);
			assertThat(objects).containsKey("/ho-so/tep/" + key);
			assertThat(objects.get("/ho-so/tep/" + key)).isEqualTo(bytes);
			assertThat(contents.exists(key)).isTrue();
			try (InputStream in = contents.open(key)) {
				assertThat(in.readAllBytes()).isEqualTo(bytes);
			}
			// nothing stays in the local receiving folder
			try (var left = Files.walk(receiving)) {
				assertThat(left.filter(Files::isRegularFile)).isEmpty();
			}
			contents.delete(key);
			assertThat(objects).isEmpty();
			assertThat(contents.exists(key)).isFalse();
		}
	}

	@Test
	void aStoreThatRefusesTheCredentialsFailsLoudly() {
		try (FileContents contents = new FileContents(receiving, bucket("KHOA-SAI"), false)) {
			FileContents.Received received = contents.receive(new byte[] { 1, 2, 3 });
			assertThatThrownBy(() -> contents.keep(received)).isInstanceOf(java.io.UncheckedIOException.class)
				.hasMessageContaining("Cannot keep");
			contents.discard(received);
			assertThat(objects).isEmpty();
		}
	}
}
