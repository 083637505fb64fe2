package vn.motcua.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.MapSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MockMvcSessions;
import vn.motcua.MotCuaTest;
import vn.motcua.shared.SystemTask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Web sessions in the database: a sign-in is a row of {@code spring_session}, pages read it without writing it, and
 * a sign-out deletes it.
 */
@MotCuaTest
class SessionStoreTests {

	static final String PASSWORD = "PhienLamViec@1";

	@Autowired
	WebApplicationContext context;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	MockMvc mvc;

	@BeforeEach
	void sessionsInTheDatabase() {
		mvc = MockMvcSessions.withSessionsInDatabase(context);
	}

	/** Creates a reception officer and signs them in; returns the session cookie. */
	static Cookie signIn(MockMvc mvc, UserManagement users) throws Exception {
		String username = "phien." + UUID.randomUUID().toString().substring(0, 8);
		SystemTask.run(() -> users.create(new UserManagement.UserCommand(username, "Cán bộ thử phiên", null, PASSWORD,
				"SNV-HT", List.of("RECEPTION_OFFICER"), true)));
		Cookie cookie = mvc
			.perform(post("/dang-nhap").param("username", username).param("password", PASSWORD).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(cookie).as("Spring Session's cookie").isNotNull();
		return cookie;
	}

	@Test
	void aSignInIsARowOfTheDatabaseThatPagesReadWithoutWriting() throws Exception {
		long before = jdbc.sql("select count(*) from spring_session").query(Long.class).single();
		Cookie cookie = signIn(mvc, users);
		assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isEqualTo(before + 1);
		mvc.perform(get("/ho-so").cookie(cookie)).andExpect(status().isOk());
		// a row's xmin changes with every update: the session's row and each of its attributes
		String state = "select s.xmin || ':' || s.last_access_time || '/' || (select string_agg(a.attribute_name || "
				+ "'=' || a.xmin, ',' order by a.attribute_name) from spring_session_attributes a "
				+ "where a.session_primary_id = s.primary_id) from spring_session s where session_id = ?";
		String id = new String(java.util.Base64.getDecoder().decode(cookie.getValue()));
		String afterFirstPage = jdbc.sql(state).param(id).query(String.class).single();
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/ho-so").cookie(cookie)).andExpect(status().isOk());
		}
		// neither the session's row nor any of its attributes was written by five more pages
		assertThat(jdbc.sql(state).param(id).query(String.class).single()).isEqualTo(afterFirstPage);
	}

	/**
	 * A citizen reading the public pages gets no session: each one would be a durable write of two rows per page
	 * view (the form token of the layout) and a table that grows with every visitor without a cookie, as a crawler.
	 * (The sign-in page and the forms citizens post, feedback and online submission, need their token, so a session.)
	 */
	@Test
	void publicPagesReadWithoutSignInStoreNoSession() throws Exception {
		long before = jdbc.sql("select count(*) from spring_session").query(Long.class).single();
		for (String page : List.of("/thu-tuc?q=hộ chiếu", "/thu-tuc", "/", "/tra-cuu")) {
			var response = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse();
			assertThat(response.getCookie("SESSION")).as(page).isNull();
		}
		assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aPageReadsItsSessionOnce() throws Exception {
		Cookie cookie = signIn(mvc, users);
		mvc.perform(get("/").cookie(cookie)).andExpect(status().isOk());
		// the desk page: its inbox counters (one statement, kept 0 s in the tests) and the session, read once
		// (Spring Session alone reads it again when the request ends)
		int statements = vn.motcua.StatementCounting.count(() -> {
			try {
				return mvc.perform(get("/").cookie(cookie)).andExpect(status().isOk()).andReturn();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).statements();
		assertThat(statements).isEqualTo(2);
	}

	@Test
	void twoRequestsOfOneSessionAddingTheSameAttributeBothSucceed() {
		@SuppressWarnings("unchecked")
		org.springframework.session.FindByIndexNameSessionRepository<org.springframework.session.Session> sessions = context
			.getBean(org.springframework.session.FindByIndexNameSessionRepository.class);
		org.springframework.session.Session created = sessions.createSession();
		sessions.save(created);
		// two requests read the session before either has written its new form token
		org.springframework.session.Session first = sessions.findById(created.getId());
		org.springframework.session.Session second = sessions.findById(created.getId());
		first.setAttribute("token", "A");
		second.setAttribute("token", "B");
		sessions.save(first);
		sessions.save(second);
		assertThat(sessions.findById(created.getId()).<String>getAttribute("token")).isEqualTo("B");
		sessions.deleteById(created.getId());
	}

	@Test
	void aSignOutDeletesTheSession() throws Exception {
		Cookie cookie = signIn(mvc, users);
		mvc.perform(get("/ho-so").cookie(cookie)).andExpect(status().isOk());
		mvc.perform(post("/dang-xuat").cookie(cookie).with(csrf())).andExpect(redirectedUrl("/dang-nhap?logout"));
		mvc.perform(get("/ho-so").cookie(cookie)).andExpect(status().is3xxRedirection());
	}

	@Test
	void theLastAccessTimeMovesOnlyOnceAnInterval() {
		MapSession stored = new MapSession();
		Instant start = Instant.parse("2026-12-03T08:00:00Z");
		stored.setLastAccessedTime(start);
		SessionStore.Touched session = new SessionStore.Touched(stored, Duration.ofMinutes(1));
		session.setLastAccessedTime(start.plusSeconds(59));
		assertThat(stored.getLastAccessedTime()).isEqualTo(start);
		session.setLastAccessedTime(start.plusSeconds(60));
		assertThat(stored.getLastAccessedTime()).isEqualTo(start.plusSeconds(60));
	}
}
