package vn.motcua.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every write is audited with before and after; the hash chain detects a changed or removed row. */
@MotCuaTest
class AuditChainTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWriteIsRecordedWithWhoWhatBeforeAndAfter() throws Exception {
		mvc.perform(post("/api/v1/fields").contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"AUDIT_THU\", \"name\": \"Lĩnh vực thử\"}")
			.with(httpBasic("admin", "MotCua@2026"))).andExpect(status().isCreated());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/fields/AUDIT_THU")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"AUDIT_THU\", \"name\": \"Lĩnh vực thử đã sửa\"}")
			.with(httpBasic("admin", "MotCua@2026"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/audit").param("q", "AUDIT_THU").with(httpBasic("admin", "MotCua@2026")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[0].action").value("UPDATE"))
			.andExpect(jsonPath("$.items[0].actor").value("admin"))
			.andExpect(jsonPath("$.items[0].before", containsString("Lĩnh vực thử\"")))
			.andExpect(jsonPath("$.items[0].after", containsString("Lĩnh vực thử đã sửa")))
			.andExpect(jsonPath("$.items[1].action").value("CREATE"));
	}

	@Test
	void passwordHashesNeverReachTheAuditLog() {
		long leaks = jdbc.sql("select count(*) from audit_entry where after_json like '%{bcrypt}%' "
				+ "or before_json like '%{bcrypt}%' or after_json like '%$2a$%'").query(Long.class).single();
		assertThat(leaks).isZero();
	}

	@Test
	void theTableRefusesUpdatesAndDeletes() {
		assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'ke-gian' where seq = (select min(seq) from audit_entry)")
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update()).isInstanceOf(DataAccessException.class);
	}

	@Test
	void verificationFindsTheFirstTamperedRowAndARemovedRow() throws Exception {
		mvc.perform(get("/api/v1/audit/verify").with(httpBasic("admin", "MotCua@2026")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.checked", greaterThan(10)));
		mvc.perform(get("/api/v1/audit/verify").with(httpBasic("motcua", "MotCua@2026")))
			.andExpect(status().isForbidden());

		long target = jdbc.sql("select seq from audit_entry where chain_no is not null order by chain_no offset 3 limit 1")
			.query(Long.class)
			.single();
		String original = jdbc.sql("select after_json from audit_entry where seq = ?").param(target)
			.query(String.class).single();
		jdbc.sql("alter table audit_entry disable trigger audit_entry_no_change").update();
		try {
			jdbc.sql("update audit_entry set after_json = replace(after_json, 'true', 'false') where seq = ?")
				.param(target)
				.update();
			mvc.perform(get("/api/v1/audit/verify").with(httpBasic("admin", "MotCua@2026")))
				.andExpect(jsonPath("$.intact").value(false))
				.andExpect(jsonPath("$.firstBrokenSeq").value(target))
				.andExpect(jsonPath("$.reason", containsString("bị sửa")));
			jdbc.sql("update audit_entry set after_json = ? where seq = ?").params(original, target).update();

			long removed = jdbc.sql("select seq from audit_entry where chain_no = (select chain_no + 1 from audit_entry where seq = ?)")
				.param(target)
				.query(Long.class)
				.single();
			var row = jdbc.sql("select * from audit_entry where seq = ?").param(removed).query().singleRow();
			jdbc.sql("delete from audit_entry where seq = ?").param(removed).update();
			mvc.perform(get("/api/v1/audit/verify").with(httpBasic("admin", "MotCua@2026")))
				.andExpect(jsonPath("$.intact").value(false))
				.andExpect(jsonPath("$.reason", containsString("xóa")));
			jdbc.sql("""
					insert into audit_entry (seq, at, actor, agency_id, action, entity_type, entity_key, before_json,
					                         after_json, chain_no, prev_hash, hash)
					values (:seq, :at, :actor, :agency_id, :action, :entity_type, :entity_key, :before_json,
					        :after_json, :chain_no, :prev_hash, :hash)""").params(row).update();
		}
		finally {
			jdbc.sql("alter table audit_entry enable trigger audit_entry_no_change").update();
		}
		mvc.perform(get("/api/v1/audit/verify").with(httpBasic("admin", "MotCua@2026")))
			.andExpect(jsonPath("$.intact").value(true));
	}
}
