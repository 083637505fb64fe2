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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two instances on one database behave as one system: a session signed in on one is signed in on the other and a
 * sign-out on either ends it on both, a public rate limit counts requests of both, and a scheduled job's lock taken
 * by one instance makes the other skip it. The second instance is a real application on the test
 * database, started with {@code spring.datasource.url}.
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
}
