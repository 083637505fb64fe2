package vn.motcua.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V180: a dossier made from another agency's forward before V160 stored its leg's working days has them afterwards
 * (from its link), so its transitions say "linked" and its steps are still reported back; an ordinary dossier keeps
 * none. The migration's own script runs again here, on rows made as they were before V160, and is rolled back.
 */
@MotCuaTest
class LinkedLegDaysMigrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void linkedDossiersFromBeforeV160GetTheirLegsDaysFromTheirLink() throws Exception {
		String script = new ClassPathResource("db/migration/V180__linked_dossier_leg_days.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		transactions.executeWithoutResult(status -> {
			List<String> codes = jdbc
				.sql("select code from dossier where leg_working_days is null and processing_unit = 'WORKING_DAY' "
						+ "and processing_amount between 1 and 365 order by code limit 3")
				.query(String.class)
				.list();
			assertThat(codes).hasSize(3);
			link(codes.get(0), 7);
			link(codes.get(1), null); // a link without the leg's days: the procedure's processing time
			jdbc.sql(script).update();
			assertThat(legDays(codes.get(0))).isEqualTo(7);
			assertThat(legDays(codes.get(1))).isEqualTo(jdbc.sql("select processing_amount from dossier where code = ?")
				.param(codes.get(1))
				.query(Integer.class)
				.single());
			assertThat(legDays(codes.get(2))).as("not linked").isNull();
			status.setRollbackOnly();
		});
	}

	void link(String dossierCode, Integer legDays) {
		jdbc.sql("""
				insert into exchange_link (id, role, dossier_code, peer_code, other_agency, other_code, leg_days,
				    steps_sent, created_at)
				values (gen_random_uuid(), 'LINKED', ?, 'PEER', 'SNV-KHAC', 'X-1', ?, 0, now())""")
			.param(dossierCode)
			.param(new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.INTEGER, legDays))
			.update();
	}

	Integer legDays(String code) {
		return jdbc.sql("select leg_working_days from dossier where code = ?")
			.param(code)
			.query((rs, n) -> (Integer) rs.getObject(1))
			.list()
			.get(0);
	}

}
