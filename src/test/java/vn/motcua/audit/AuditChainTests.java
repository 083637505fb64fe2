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
			reinsert(row);
		}
		finally {
			jdbc.sql("alter table audit_entry enable trigger audit_entry_no_change").update();
		}
		mvc.perform(get("/api/v1/audit/verify").with(httpBasic("admin", "MotCua@2026")))
			.andExpect(jsonPath("$.intact").value(true));
	}

	@Test
	void aSuperuserWhoRewritesARowAndRecomputesUnkeyedHashesIsStillCaught() throws Exception {
		mvc.perform(get("/api/v1/audit/verify").with(httpBasic("admin", "MotCua@2026")))
			.andExpect(jsonPath("$.intact").value(true));
		long from = jdbc.sql("select chain_no from audit_entry where chain_no is not null order by chain_no offset 2 limit 1")
			.query(Long.class)
			.single();
		var original = jdbc.sql("select seq, after_json, prev_hash, hash from audit_entry where chain_no >= ? order by chain_no")
			.param(from)
			.query()
			.listOfRows();
		jdbc.sql("alter table audit_entry disable trigger audit_entry_no_change").update();
		try {
			// what the attacker can do without the key: rewrite a row, then recompute every SHA-256 after it
			jdbc.sql("update audit_entry set after_json = '{\"forged\": true}' where chain_no = ?").param(from).update();
			String prev = jdbc.sql("select prev_hash from audit_entry where chain_no = ?").param(from).query(String.class).single();
			for (var row : jdbc.sql("select * from audit_entry where chain_no >= ? order by chain_no").param(from).query().listOfRows()) {
				String hash = AuditChain.hash(null, prev, (Long) row.get("seq"),
						((java.sql.Timestamp) row.get("at")).toInstant(), (String) row.get("actor"),
						(java.util.UUID) row.get("agency_id"), (String) row.get("action"), (String) row.get("entity_type"),
						(String) row.get("entity_key"), (String) row.get("before_json"), (String) row.get("after_json"));
				jdbc.sql("update audit_entry set prev_hash = ?, hash = ? where seq = ?").params(prev, hash, row.get("seq")).update();
				prev = hash;
			}
			mvc.perform(get("/api/v1/audit/verify").with(httpBasic("admin", "MotCua@2026")))
				.andExpect(jsonPath("$.intact").value(false))
				.andExpect(jsonPath("$.firstBrokenSeq").value(original.get(0).get("seq")));
		}
		finally {
			for (var row : original) {
				jdbc.sql("update audit_entry set after_json = ?, prev_hash = ?, hash = ? where seq = ?")
					.params(row.get("after_json"), row.get("prev_hash"), row.get("hash"), row.get("seq"))
					.update();
			}
			jdbc.sql("alter table audit_entry enable trigger audit_entry_no_change").update();
		}
		mvc.perform(get("/api/v1/audit/verify").with(httpBasic("admin", "MotCua@2026")))
			.andExpect(jsonPath("$.intact").value(true));
	}

	/**
	 * A superuser deletes the newest rows (nothing after them points back, so the links alone cannot tell): the head
	 * anchored outside the database no longer matches, and verification says so.
	 */
	@Test
	void aSuperuserWhoRemovesTheNewestRowsIsCaughtByTheAnchor() throws Exception {
		mvc.perform(post("/api/v1/fields").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"code\": \"NEO_" + System.nanoTime() % 100000 + "\", \"name\": \"Lĩnh vực neo\"}")
			.with(httpBasic("admin", "MotCua@2026")));
		mvc.perform(get("/api/v1/audit/verify").with(httpBasic("admin", "MotCua@2026")))
			.andExpect(jsonPath("$.intact").value(true));
		long head = jdbc.sql("select max(chain_no) from audit_entry").query(Long.class).single();
		var newest = jdbc.sql("select * from audit_entry where chain_no > ? order by chain_no").param(head - 2)
			.query()
			.listOfRows();
		jdbc.sql("alter table audit_entry disable trigger audit_entry_no_change").update();
		try {
			jdbc.sql("delete from audit_entry where chain_no > ?").param(head - 2).update();
			mvc.perform(get("/api/v1/audit/verify").with(httpBasic("admin", "MotCua@2026")))
				.andExpect(jsonPath("$.intact").value(false))
				.andExpect(jsonPath("$.reason", containsString("vị trí " + head)));
			newest.forEach(this::reinsert);
		}
		finally {
			jdbc.sql("alter table audit_entry enable trigger audit_entry_no_change").update();
		}
		mvc.perform(get("/api/v1/audit/verify").with(httpBasic("admin", "MotCua@2026")))
			.andExpect(jsonPath("$.intact").value(true));
	}

	/** Puts back a row removed by a test (triggers disabled). */
	void reinsert(java.util.Map<String, Object> row) {
		jdbc.sql("""
				insert into audit_entry (seq, at, actor, agency_id, action, entity_type, entity_key, before_json,
				                         after_json, chain_no, prev_hash, hash)
				values (:seq, :at, :actor, :agency_id, :action, :entity_type, :entity_key, :before_json,
				        :after_json, :chain_no, :prev_hash, :hash)""").params(row).update();
	}
}
