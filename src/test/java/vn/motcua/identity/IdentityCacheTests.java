package vn.motcua.identity;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.MotCuaTest;
import vn.motcua.shared.SystemTask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Per-user work is cached, and the caches follow every change: a new password, a lock, a move to another agency
 * and a new agency under the user's own take effect on the next call.
 */
@MotCuaTest
class IdentityCacheTests {

	static final String PASSWORD = "MatKhau@123";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	SecurityActor actor;

	String newUser(String agencyCode) {
		String username = "cache." + UUID.randomUUID().toString().substring(0, 8);
		SystemTask.run(() -> users.create(new UserManagement.UserCommand(username, "Cán bộ thử bộ nhớ đệm", null,
				PASSWORD, agencyCode, List.of("VIEWER"), true)));
		return username;
	}

	@Test
	void anApiCallerWhosePasswordChangedIsRefusedWithTheOldOne() throws Exception {
		String username = newUser("SNV-HT");
		mvc.perform(get("/api/v1/agencies").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/agencies").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
		SystemTask.run(() -> users.resetPassword(username, "MatKhau@456"));
		mvc.perform(get("/api/v1/agencies").with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/agencies").with(httpBasic(username, "MatKhau@456"))).andExpect(status().isOk());
	}

	@Test
	void aLockedApiCallerIsRefusedEvenWithARememberedPassword() throws Exception {
		String username = newUser("SNV-HT");
		mvc.perform(get("/api/v1/agencies").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
		for (int i = 0; i < 3; i++) {
			mvc.perform(get("/api/v1/agencies").with(httpBasic(username, "Sai@" + i)))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/agencies").with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());
	}

	@Test
	void theAgencyScopeFollowsAMoveAndANewAgencyBelow() {
		String username = newUser("SNV-HT");
		UUID snv = SystemTask.call(() -> agencies.get("SNV-HT").id());
		UUID stp = SystemTask.call(() -> agencies.get("STP-HT").id());
		signIn(username);
		assertThat(actor.agencyId()).isEqualTo(snv);
		assertThat(actor.agencyName()).isEqualTo(SystemTask.call(() -> agencies.get("SNV-HT").name()));
		int before = actor.visibleAgencyIds().size();

		String suffix = UUID.randomUUID().toString().substring(0, 5).toUpperCase();
		String child = "XA-" + suffix;
		SystemTask.run(() -> agencies.create(new AgencyManagement.AgencyCommand(child, "Xã thử bộ nhớ đệm", null,
				"C." + suffix + ".H36", "COMMUNE", "SNV-HT", null, null, null, true)));
		signIn(username);
		assertThat(actor.visibleAgencyIds()).hasSize(before + 1)
			.contains(SystemTask.call(() -> agencies.get(child).id()));

		SystemTask.run(() -> users.update(username, new UserManagement.UserCommand(username, "Cán bộ thử bộ nhớ đệm",
				null, null, "STP-HT", List.of("VIEWER"), true)));
		signIn(username);
		assertThat(actor.agencyId()).isEqualTo(stp);
		assertThat(actor.visibleAgencyIds()).contains(stp).doesNotContain(snv);
		SecurityContextHolder.clearContext();
	}

	@Autowired
	FieldManagement fields;

	@Autowired
	vn.motcua.catalogue.ProcedureManagement catalogue;

	@Test
	void thePublicSearchOffersTheKeptFieldsAndAgenciesAndFollowsEveryChange() throws Exception {
		catalogue.publicChoices();
		// kept: the next search reads neither table
		assertThat(vn.motcua.StatementCounting.count(catalogue::publicChoices).statements()).isZero();

		String suffix = UUID.randomUUID().toString().substring(0, 5).toUpperCase();
		SystemTask.run(() -> fields.create(new FieldManagement.FieldCommand("TN-" + suffix, "Lĩnh vực thử " + suffix, true)));
		SystemTask.run(() -> agencies.create(new AgencyManagement.AgencyCommand("CQ-" + suffix, "Cơ quan thử " + suffix,
				null, "D." + suffix + ".H36", "COMMUNE", "SNV-HT", null, null, null, true)));
		assertThat(page("/thu-tuc")).contains("Lĩnh vực thử " + suffix, "Cơ quan thử " + suffix);

		SystemTask.run(() -> fields.update("TN-" + suffix, new FieldManagement.FieldCommand("TN-" + suffix,
				"Lĩnh vực thử " + suffix, false)));
		assertThat(page("/thu-tuc")).doesNotContain("Lĩnh vực thử " + suffix).contains("Cơ quan thử " + suffix);
	}

	String page(String path) {
		try {
			return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void signIn(String username) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
					List.of(new SimpleGrantedAuthority("ROLE_VIEWER"))));
	}
}
