package vn.motcua.identity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.MotCuaTest;
import vn.motcua.shared.InvalidInputException.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Safe defaults: no demo data unless asked for, a generated first password that must be changed, sign-in throttling
 * that stops guessers without locking the owner out and without telling which usernames exist, HSTS and a CSP without
 * inline scripts.
 */
@MotCuaTest
class SafeDefaultsTests {

	static final String PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	void createUser(String username, String password) throws Exception {
		mvc.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username": "%s", "fullName": "Người Thử", "password": "%s", "agencyCode": "SNV-HT",
					 "roles": ["VIEWER"]}""".formatted(username, password))
			.with(httpBasic("quantri", PASSWORD))).andExpect(status().isCreated());
	}

	String detail(String username, String password, String address) throws Exception {
		return JsonPath.read(mvc.perform(get("/api/v1/users/me").with(httpBasic(username, password)).with(from(address)))
			.andExpect(status().isUnauthorized())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8), "$.detail");
	}

	@Test
	void demoDataIsOffUnlessAskedFor() throws Exception {
		Properties defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		assertThat(defaults.getProperty("motcua.demo-data")).isEqualTo("false");
		Properties demo = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-demo.properties"));
		assertThat(demo.getProperty("motcua.demo-data")).isEqualTo("true");
		assertThat(Files.readString(Path.of("README.md"))).contains("-Dspring-boot.run.profiles=demo");
	}

	@Test
	void aGuesserIsStoppedButTheOwnerFromAKnownAddressStillSignsIn() throws Exception {
		createUser("chu.tk", "DungRoi123");
		mvc.perform(get("/api/v1/users/me").with(httpBasic("chu.tk", "DungRoi123")).with(from("10.1.1.1")))
			.andExpect(status().isOk());
		String wrong = null;
		for (int i = 0; i < 3; i++) {
			wrong = detail("chu.tk", "Sai12345", "203.0.113.50");
		}
		// The guesser's address is refused even with the right password, with the answer of a wrong password.
		assertThat(detail("chu.tk", "DungRoi123", "203.0.113.50")).isEqualTo(wrong);
		// The owner, from the address they signed in from before, is not locked out.
		mvc.perform(get("/api/v1/users/me").with(httpBasic("chu.tk", "DungRoi123")).with(from("10.1.1.1")))
			.andExpect(status().isOk());
		// An unknown username gets the same answer: nothing tells which usernames exist or are locked.
		assertThat(detail("khong.ton.tai", "Sai12345", "203.0.113.51")).isEqualTo(wrong);
		assertThat(wrong).doesNotContain("khóa").doesNotContain("chu.tk");
	}

	@Test
	void aMachineSigningInOnEveryCallIsRecordedOnceAMinuteAndAFailureStillCounts() throws Exception {
		createUser("may.goi.api", "DungRoi123");
		java.util.function.IntSupplier call = () -> vn.motcua.StatementCounting.count(() -> {
			try {
				return mvc.perform(get("/api/v1/users/me").with(httpBasic("may.goi.api", "DungRoi123"))
					.with(from("10.2.2.2"))).andExpect(status().isOk()).andReturn();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).statements();
		int first = call.getAsInt();
		int second = call.getAsInt();
		// the first success records the sign-in (last sign-in, known address, the pair's failures forgotten); the next
		// call within the minute reads the account and the throttle only
		assertThat(second).isLessThanOrEqualTo(first - 3);
		assertThat(call.getAsInt()).isEqualTo(second);
		String known = "select count(*) from login_known_address where username = 'may.goi.api' and address = '10.2.2.2'";
		assertThat(jdbc.sql(known).query(Long.class).single()).isEqualTo(1);

		// a wrong password from that address counts, and the next success forgets it again
		detail("may.goi.api", "Sai12345", "10.2.2.2");
		String failures = "select failed_logins from app_user where username = 'may.goi.api'";
		String pair = "select count(*) from login_failure where key like 'p:may.goi.api|%'";
		assertThat(jdbc.sql(failures).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql(pair).query(Long.class).single()).isEqualTo(1);
		assertThat(call.getAsInt()).as("recorded again after the failure").isGreaterThan(second);
		assertThat(jdbc.sql(failures).query(Integer.class).single()).isZero();
		assertThat(jdbc.sql(pair).query(Long.class).single()).isZero();
	}

	@Test
	void anAddressTryingManyAccountsIsRefused() throws Exception {
		createUser("nan.nhan", "DungRoi123");
		for (int i = 0; i < 30; i++) {
			detail("phun.mk" + i, "Sai12345", "198.51.100.77");
		}
		detail("nan.nhan", "DungRoi123", "198.51.100.77");
		mvc.perform(get("/api/v1/users/me").with(httpBasic("nan.nhan", "DungRoi123")).with(from("198.51.100.78")))
			.andExpect(status().isOk());
	}

	@Test
	void theLoginPageGivesOneMessageForEveryRefusal() throws Exception {
		mvc.perform(formLogin("/dang-nhap").user("khong.co.ai").password("Sai12345"))
			.andExpect(redirectedUrl("/dang-nhap?error=bad"));
		mvc.perform(get("/dang-nhap").param("error", "locked"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(not(containsString("bị khóa"))));
	}

	@Test
	void aGeneratedPasswordMustBeChangedFirst() throws Exception {
		createUser("tam.thoi", "TamThoi123");
		users.requirePasswordChange(users.findByUsername("tam.thoi").orElseThrow().id());
		mvc.perform(get("/api/v1/procedures").with(httpBasic("tam.thoi", "TamThoi123")))
			.andExpect(status().isForbidden())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.type")
				.value("urn:motcua:problem:password-change-required"));
		HttpSession session = mvc.perform(formLogin("/dang-nhap").user("tam.thoi").password("TamThoi123"))
			.andReturn()
			.getRequest()
			.getSession(false);
		mvc.perform(get("/ho-so").session((MockHttpSession) session)).andExpect(redirectedUrl("/tai-khoan/mat-khau"));
		mvc.perform(get("/tai-khoan/mat-khau").session((MockHttpSession) session)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/users/me/password").contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\": \"TamThoi123\", \"newPassword\": \"RiengToi456\"}")
			.with(httpBasic("tam.thoi", "TamThoi123"))).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/procedures").with(httpBasic("tam.thoi", "RiengToi456"))).andExpect(status().isOk());
		mvc.perform(get("/ho-so").session((MockHttpSession) session)).andExpect(status().isOk());
	}

	@Test
	void theGeneratedFirstPasswordMeetsThePolicyAndIsNeverTheSame() {
		String one = IdentityStartup.generatedPassword();
		List<FieldProblem> problems = new ArrayList<>();
		PasswordPolicy.check("password", one, problems);
		assertThat(problems).isEmpty();
		assertThat(one).hasSize(20).isNotEqualTo(IdentityStartup.generatedPassword());
	}

	@Test
	void pagesSendAStrictCspAndHstsOverHttps() throws Exception {
		mvc.perform(get("/dang-nhap").secure(true))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("script-src 'self' 'unsafe-inline'"))))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
	}

	@Test
	void noTemplateHasAnInlineScriptOrEventHandler() throws Exception {
		Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=|javascript:",
				Pattern.CASE_INSENSITIVE);
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				if (inline.matcher(Files.readString(file)).find()) {
					found.add(file.toString());
				}
			}
		}
		assertThat(found).isEmpty();
	}
}
