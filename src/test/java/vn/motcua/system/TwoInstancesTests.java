package vn.motcua.system;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.zaxxer.hikari.HikariDataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MockMvcSessions;
import vn.motcua.MotCuaApplication;
import vn.motcua.MotCuaTest;
import vn.motcua.identity.UserManagement;
import vn.motcua.shared.SystemTask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two instances on one database behave as one system: a session signed in on one is signed in on the other and a
 * sign-out on either ends it on both, a public rate limit counts requests of both, and a scheduled job's lock taken
 * by one instance makes the other skip it. The second instance is a real application on the test
 * database, started with {@code spring.datasource.url}, behind a real Tomcat: the proofs that need a real server
 * and not MockMvc (a 1 GB body, multipart file names parsed by Tomcat) use it too, rather than starting a third
 * application.
 */
@MotCuaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests {

	@Autowired
	MockMvc first;

	@Autowired
	javax.sql.DataSource dataSource;

	@Autowired
	LockProvider firstLocks;

	@Autowired
	WebApplicationContext firstContext;

	@Autowired
	UserManagement users;

	ConfigurableApplicationContext second;

	@BeforeAll
	void startSecondInstance() {
		HikariDataSource hikari = (HikariDataSource) dataSource;
		second = new SpringApplicationBuilder(MotCuaApplication.class).properties("server.port=0",
				"spring.datasource.url=" + hikari.getJdbcUrl(), "spring.datasource.username=" + hikari.getUsername(),
				"spring.datasource.password=" + (hikari.getPassword() == null ? "" : hikari.getPassword()),
				"spring.datasource.hikari.maximum-pool-size=3", "motcua.demo-data=false",
				"motcua.data-dir=target/second-instance", "spring.main.banner-mode=off",
				// the shared test database is ephemeral (fsync off); production refuses that
				"motcua.durability.allow-unsafe=true")
			.run();
	}

	@AfterAll
	void stopSecondInstance() {
		if (second != null) {
			second.close();
		}
	}

	@Test
	void aSessionSignedInOnOneInstanceIsSignedInOnTheOtherUntilASignOutOnEither() throws Exception {
		MockMvc first = MockMvcSessions.withSessionsInDatabase(firstContext);
		String username = "hai.may." + java.util.UUID.randomUUID().toString().substring(0, 8);
		SystemTask.run(() -> users.create(new UserManagement.UserCommand(username, "Cán bộ hai máy", null,
				"HaiMayChu@2026", "SNV-HT", List.of("RECEPTION_OFFICER"), true)));
		jakarta.servlet.http.Cookie cookie = first
			.perform(post("/dang-nhap").param("username", username).param("password", "HaiMayChu@2026").with(csrf()))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(cookie).isNotNull();
		String session = "SESSION=" + cookie.getValue();
		HttpClient client = HttpClient.newHttpClient();
		String secondBase = "http://localhost:" + ((WebServerApplicationContext) second).getWebServer().getPort();
		HttpResponse<String> list = client.send(HttpRequest.newBuilder(URI.create(secondBase + "/ho-so"))
			.header("Cookie", session)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(list.statusCode()).as("the dossier list on the second instance, same cookie").isEqualTo(200);
		assertThat(list.body()).contains("Cán bộ hai máy");
		// sign out on the second instance, with the form's CSRF token kept in the shared session
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(list.body());
		assertThat(token.find()).isTrue();
		HttpResponse<String> out = client.send(HttpRequest.newBuilder(URI.create(secondBase + "/dang-xuat"))
			.header("Cookie", session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + java.net.URLEncoder.encode(token.group(1),
					java.nio.charset.StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/dang-nhap?logout");
		// the first instance no longer knows the session: back to the sign-in page
		assertThat(first.perform(get("/ho-so").cookie(cookie)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/dang-nhap");
	}

	@Test
	void aPublicRateLimitCountsTheRequestsOfBothInstances() throws Exception {
		String path = "/api/public/dossiers/KHONG-CO-" + System.nanoTime() + "?key=X";
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			statuses.add(first.perform(get(path).with(r -> {
				r.setRemoteAddr("10.9.8.7");
				return r;
			})).andReturn().getResponse().getStatus());
		}
		assertThat(statuses).doesNotContain(429);
		int port = ((WebServerApplicationContext) second).getWebServer().getPort();
		HttpClient client = HttpClient.newHttpClient();
		// the second instance sees 127.0.0.1: count its own requests from that address on the first instance too
		for (int i = 0; i < 15; i++) {
			first.perform(get(path).with(r -> {
				r.setRemoteAddr("127.0.0.1");
				return r;
			}));
		}
		List<Integer> fromSecond = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			fromSecond.add(client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.discarding()).statusCode());
		}
		// the limit is 30 a minute per address: 15 counted by the first instance, so the second refuses the 16th
		assertThat(fromSecond.subList(0, 15)).doesNotContain(429);
		assertThat(fromSecond.subList(15, 20)).containsOnly(429);
	}

	/**
	 * Sign-in throttling counts in the database: failures against the second instance lock the account for that
	 * address on the first one too, while an address that signed in before still gets in (the lock cannot deny
	 * service to the owner).
	 */
	@Test
	void failedSignInsOnOneInstanceAreCountedByTheOther() throws Exception {
		String username = "hai.noi." + System.nanoTime() % 1_000_000;
		first.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/users")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("""
					{"username": "%s", "fullName": "Hai Nơi", "password": "MatKhau123", "agencyCode": "SNV-HT",
					 "roles": ["VIEWER"]}""".formatted(username))
			.with(httpBasic("quantri", "MotCua@2026")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated());
		// the owner signs in once from the office
		assertThat(me(username, "MatKhau123", "10.20.30.40")).isEqualTo(200);

		int port = ((WebServerApplicationContext) second).getWebServer().getPort();
		HttpClient client = HttpClient.newHttpClient();
		String wrong = java.util.Base64.getEncoder()
			.encodeToString((username + ":Sai12345").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		for (int i = 0; i < 3; i++) {
			assertThat(client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/users/me"))
				.header("Authorization", "Basic " + wrong)
				.build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
		}
		// the first instance (max-failed-logins=3) now refuses the right password from that address
		assertThat(me(username, "MatKhau123", "127.0.0.1")).isEqualTo(401);
		// and the owner's known address still gets in
		assertThat(me(username, "MatKhau123", "10.20.30.40")).isEqualTo(200);
	}

	int me(String username, String password, String address) throws Exception {
		return first.perform(get("/api/v1/users/me").with(httpBasic(username, password)).with(r -> {
			r.setRemoteAddr(address);
			return r;
		})).andReturn().getResponse().getStatus();
	}

	@Test
	void aScheduledJobLockedByOneInstanceIsSkippedByTheOther() {
		LockProvider secondLocks = second.getBean(LockProvider.class);
		LockConfiguration job = new LockConfiguration(Instant.now(), "test-job-" + System.nanoTime(),
				Duration.ofMinutes(1), Duration.ZERO);
		Optional<SimpleLock> held = firstLocks.lock(job);
		assertThat(held).isPresent();
		assertThat(secondLocks.lock(job)).isEmpty();
		held.get().unlock();
		Optional<SimpleLock> now = secondLocks.lock(job);
		assertThat(now).isPresent();
		now.get().unlock();
	}

	@Test
	void everyScheduledJobRunsOnceAcrossInstances() throws Exception {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(org.springframework.stereotype.Component.class));
		List<String> unlocked = new ArrayList<>();
		for (var candidate : scanner.findCandidateComponents("vn.motcua")) {
			for (Method method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
				if (method.isAnnotationPresent(Scheduled.class) && !method.isAnnotationPresent(SchedulerLock.class)
						&& !method.getName().equals("chain")) {
					unlocked.add(method.toString());
				}
			}
		}
		// AuditLog.chain takes a PostgreSQL advisory lock itself
		assertThat(unlocked).isEmpty();
	}

	/**
	 * An unauthenticated 1 GB body, streamed by a client over a real socket to a public endpoint, is refused within a
	 * second (from its Content-Length, and without one, after the cap), and the heap stays far below its limit.
	 */
	@Test
	void anUnauthenticatedGigabyteIsRefusedWithinASecondThroughTomcat() throws Exception {
		int port = ((WebServerApplicationContext) second).getWebServer().getPort();
		// warm the path once (first request of a fresh server loads classes), then measure
		HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/public/feedback"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build(), HttpResponse.BodyHandlers.discarding());
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		long before = runtime.totalMemory() - runtime.freeMemory();
		for (boolean chunked : new boolean[] { false, true }) {
			long start = System.nanoTime();
			java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
			String status;
			try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
				socket.setSoTimeout(5000);
				java.io.OutputStream out = socket.getOutputStream();
				out.write(("POST /api/public/feedback HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
						+ (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: 1073741824\r\n") + "\r\n")
					.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
				Thread sender = new Thread(() -> {
					byte[] block = new byte[64 * 1024];
					java.util.Arrays.fill(block, (byte) 'a');
					byte[] head = Integer.toHexString(block.length).concat("\r\n")
						.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
					try {
						while (sent.get() < 1L << 30) {
							if (chunked) {
								out.write(head);
							}
							out.write(block);
							if (chunked) {
								out.write(new byte[] { '\r', '\n' });
							}
							sent.addAndGet(block.length);
						}
					}
					catch (java.io.IOException ex) {
						// the server closed the connection: what it should do
					}
				});
				sender.setDaemon(true);
				sender.start();
				java.io.BufferedReader in = new java.io.BufferedReader(
						new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII));
				status = in.readLine();
			}
			long millis = (System.nanoTime() - start) / 1_000_000;
			long used = runtime.totalMemory() - runtime.freeMemory();
			System.out.printf("1 GB %s body through Tomcat: '%s' after %d ms, %d MB sent, heap %d → %d MB of %d MB%n",
					chunked ? "chunked" : "Content-Length", status, millis, sent.get() >> 20, before >> 20, used >> 20,
					runtime.maxMemory() >> 20);
			assertThat(status).startsWith("HTTP/1.1 413");
			assertThat(millis).isLessThan(1000);
			assertThat(sent.get()).isLessThan(1L << 30);
			assertThat(used).isLessThan(runtime.maxMemory() - (256L << 20));
		}
	}

	/**
	 * File names Tomcat parses from the multipart headers: NUL, control characters, U+202E, folders, 10,000
	 * characters. Each upload is stored under a cleaned name or refused with a problem (400/413/415/422), never 500.
	 */
	@Test
	void hostileUploadFileNamesThroughTomcatNeverGiveA500() throws Exception {
		int port = ((WebServerApplicationContext) second).getWebServer().getPort();
		HttpClient client = HttpClient.newHttpClient();
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB),
				"png", png);
		String basic = "Basic " + java.util.Base64.getEncoder()
			.encodeToString("motcua:MotCua@2026".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		List<String> names = List.of("scan\u0000.png", "a\u0001\u0007\u001b[31m.png", "hoa-don-\u202Egnp.exe",
				"../../etc/passwd", "..\\..\\windows\\win.ini", "x".repeat(10_000) + ".png", "\u0000", "",
				"Đơn đề nghị\r\nX-Injected: 1.png", "tên \"trích dẫn\".png");
		for (String name : names) {
			String boundary = "----motcua" + System.nanoTime();
			java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
					+ "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
			body.write(png.toByteArray());
			body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
			HttpResponse<String> response = client.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/files"))
				.header("Authorization", basic)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
			String label = name.length() > 40 ? name.substring(0, 40) + "…" : name;
			assertThat(response.statusCode()).as(label + " → " + response.body()).isIn(201, 400, 413, 415, 422);
			if (response.statusCode() == 201) {
				String id = com.jayway.jsonpath.JsonPath.read(response.body(), "$.id");
				String stored = second.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
					.sql("select name from stored_file where id = ?::uuid")
					.param(id)
					.query(String.class)
					.single();
				assertThat(stored).as(label).doesNotContainPattern("[\\p{Cc}\\p{Cf}/\\\\]").hasSizeLessThanOrEqualTo(255);
			}
			else {
				assertThat(response.headers().firstValue("Content-Type")).as(label).hasValueSatisfying(
						type -> assertThat(type).startsWith("application/problem+json"));
			}
		}
	}
}
