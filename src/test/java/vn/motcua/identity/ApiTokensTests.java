package vn.motcua.identity;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.MotCuaTest;
import vn.motcua.shared.SystemTask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Our API tokens: issued for a password or by an administrator, ended by expiry, revocation or an account change. */
@MotCuaTest
class ApiTokensTests {

	static final String PASSWORD = "MaTruyCap@2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	String newUser(String agencyCode, String role) {
		String username = "token." + UUID.randomUUID().toString().substring(0, 8);
		SystemTask.run(() -> users.create(new UserManagement.UserCommand(username, "Hệ thống thử mã truy cập", null,
				PASSWORD, agencyCode, List.of(role), true)));
		return username;
	}

	String tokenFor(String username) throws Exception {
		String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.tokenType").value("Bearer"))
			.andExpect(jsonPath("$.expiresAt").exists())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = json.readTree(body).get("accessToken").asString();
		assertThat(token).startsWith(ApiTokens.PREFIX);
		return token;
	}

	static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		};
	}

	@Test
	void aTokenIssuedForAPasswordSignsInItsAccountAndIsStoredOnlyAsAHash() throws Exception {
		String username = newUser("SNV-HT", "RECEPTION_OFFICER");
		String token = tokenFor(username);
		mvc.perform(get("/api/v1/users/me").with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(username));
		mvc.perform(get("/api/v1/dossiers").with(bearer(token))).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from api_token where token_hash = ?").param(ApiTokens.hash(token))
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from api_token where encode(token_hash, 'escape') like ?")
			.param("%" + token.substring(4, 20) + "%").query(Long.class).single()).isZero();
		// the roles are the account's: a reception officer may not list accounts
		mvc.perform(get("/api/v1/users").with(bearer(token))).andExpect(status().isForbidden());
	}

	@Test
	void anExpiredOrUnknownTokenIsRefusedWithProblemJson() throws Exception {
		String username = newUser("SNV-HT", "VIEWER");
		String token = tokenFor(username);
		jdbc.sql("update api_token set expires_at = now() - interval '1 second' where token_hash = ?")
			.param(ApiTokens.hash(token)).update();
		mvc.perform(get("/api/v1/users/me").with(bearer(token)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("urn:motcua:problem:unauthenticated"));
		mvc.perform(get("/api/v1/users/me").with(bearer(ApiTokens.PREFIX + "khong-co-ma-nay")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aPasswordResetALockADeactivationOrARevocationEndsTheTokens() throws Exception {
		String reset = newUser("SNV-HT", "VIEWER");
		String resetToken = tokenFor(reset);
		SystemTask.run(() -> users.resetPassword(reset, "MatKhauMoi@2026"));
		mvc.perform(get("/api/v1/users/me").with(bearer(resetToken))).andExpect(status().isUnauthorized());

		String locked = newUser("SNV-HT", "VIEWER");
		String lockedToken = tokenFor(locked);
		jdbc.sql("update app_user set locked_until = now() + interval '10 minutes' where username = ?").param(locked)
			.update();
		mvc.perform(get("/api/v1/users/me").with(bearer(lockedToken))).andExpect(status().isUnauthorized());

		String disabled = newUser("SNV-HT", "VIEWER");
		String disabledToken = tokenFor(disabled);
		SystemTask.run(() -> users.update(disabled, new UserManagement.UserCommand(disabled,
				"Hệ thống thử mã truy cập", null, null, "SNV-HT", List.of("VIEWER"), false)));
		mvc.perform(get("/api/v1/users/me").with(bearer(disabledToken))).andExpect(status().isUnauthorized());

		String revoked = newUser("SNV-HT", "VIEWER");
		String first = tokenFor(revoked);
		String second = tokenFor(revoked);
		mvc.perform(delete("/api/v1/tokens").with(bearer(first))).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/users/me").with(bearer(first))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/users/me").with(bearer(second))).andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenDoesNotBuyAnotherToken() throws Exception {
		String username = newUser("SNV-HT", "VIEWER");
		String token = tokenFor(username);
		mvc.perform(post("/api/v1/tokens").with(bearer(token))).andExpect(status().isForbidden());
	}

	@Test
	void anAdministratorIssuesTokensOnlyForAccountsOfTheirAgencies() throws Exception {
		String service = newUser("SNV-HT", "RECEPTION_OFFICER");
		String ownAdmin = newUser("SNV-HT", "AGENCY_ADMIN");
		String otherAdmin = newUser("STP-HT", "AGENCY_ADMIN");
		String body = mvc.perform(post("/api/v1/users/" + service + "/tokens").with(httpBasic(ownAdmin, PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = json.readTree(body).get("accessToken").asString();
		mvc.perform(get("/api/v1/users/me").with(bearer(token))).andExpect(jsonPath("$.username").value(service));
		// another agency's administrator does not see the account
		mvc.perform(post("/api/v1/users/" + service + "/tokens").with(httpBasic(otherAdmin, PASSWORD)))
			.andExpect(status().isNotFound());
		// and with a token of their own they still see only their agency's accounts
		String otherToken = tokenFor(otherAdmin);
		mvc.perform(get("/api/v1/users/" + service).with(bearer(otherToken))).andExpect(status().isNotFound());
		// a reception officer may not issue tokens for others
		mvc.perform(post("/api/v1/users/" + ownAdmin + "/tokens").with(httpBasic(service, PASSWORD)))
			.andExpect(status().isForbidden());
	}
}
