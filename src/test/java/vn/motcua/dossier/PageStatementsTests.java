package vn.motcua.dossier;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import vn.motcua.MotCuaTest;
import vn.motcua.StatementCounting;
import vn.motcua.shared.ReportSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What a signed-in page costs in statements, counted on the request's thread (docs/benchmarks.md, wave 4): each page
 * a desk officer opens all day has a fixed bound, whatever the number of dossiers, so an N+1 or a per-request lookup
 * that comes back fails here. The figures kept across requests (inbox counters, biểu II.06a) are counted again after
 * a dossier changes.
 */
@MotCuaTest
class PageStatementsTests {

	static final String PASSWORD = "MotCua@2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DossierStatistics statistics;

	@Autowired
	DossierReadCache cache;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Autowired
	java.time.Clock clock;

	MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/dang-nhap").user(username).password(PASSWORD))
			.andReturn()
			.getRequest()
			.getSession();
	}

	/** Statements of one request (after one warm-up request), asserting it answered 200. */
	int statements(RequestBuilder request) throws Exception {
		mvc.perform(request);
		StatementCounting.Counted<MvcResult> counted = StatementCounting.count(() -> {
			try {
				return mvc.perform(request).andReturn();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(counted.result().getResponse().getStatus()).isEqualTo(200);
		System.out.println("statements: " + counted.statements() + " for " + counted.result().getRequest().getRequestURI()
				+ (counted.result().getRequest().getQueryString() == null ? "" : "?" + counted.result().getRequest().getQueryString()));
		return counted.statements();
	}

	@Test
	void theDeskOfficersPagesTakeABoundedNumberOfStatements() throws Exception {
		MockHttpSession desk = signIn("motcua");
		String code = jdbc.sql("select d.code from dossier d join agency a on a.id = d.agency_id "
				+ "where a.code = 'SNV-HT' order by d.received_at desc nulls last limit 1")
			.query(String.class)
			.single();
		// the desk page: the inbox counters in one statement (kept between pages in production; counted each time
		// here, the tests' TTL being zero), nothing per inbox, nothing per menu entry
		assertThat(statements(get("/").session(desk))).isLessThanOrEqualTo(DESK);
		// the list: counters, total, one page of ids, the page's dossiers, history, papers, field codes, fees
		assertThat(statements(get("/ho-so").session(desk))).isLessThanOrEqualTo(LIST);
		for (String inbox : List.of("OVERDUE", "DUE_TODAY", "TO_ACCEPT", "MINE")) {
			assertThat(statements(get("/ho-so").param("inbox", inbox).session(desk))).as(inbox)
				.isLessThanOrEqualTo(LIST);
		}
		// the dossier page loads the dossier once, not once per panel
		assertThat(statements(get("/ho-so/" + code).session(desk))).isLessThanOrEqualTo(DOSSIER);
		// the API with a verified password remembered: no BCrypt, no account read beyond the cache
		assertThat(statements(get("/api/v1/dossiers").with(httpBasic("motcua", PASSWORD))))
			.isLessThanOrEqualTo(API_LIST);
	}

	static final int DESK = 1;

	static final int LIST = 8;

	static final int DOSSIER = 8;

	/** Includes the sign-in bookkeeping of HTTP Basic (the account's reset counter and known address). */
	static final int API_LIST = 14;

	@Test
	void reportRowsAreKeptUntilADossierChangeCommits() {
		DossierStatistics.Ii06aSource source = new DossierStatistics.Ii06aSource(statistics, cache, Duration.ofMinutes(1),
				Duration.ofMinutes(1));
		List<UUID> agencies = jdbc.sql("select id from agency where code = 'SNV-HT'").query(UUID.class).list();
		LocalDate from = LocalDate.of(2020, 1, 1);
		LocalDate to = LocalDate.of(2030, 12, 31);
		StatementCounting.Counted<List<ReportSource.Row>> first = StatementCounting
			.count(() -> source.rows(agencies, from, to));
		assertThat(first.statements()).isEqualTo(1);
		StatementCounting.Counted<List<ReportSource.Row>> again = StatementCounting
			.count(() -> source.rows(agencies, from, to));
		assertThat(again.statements()).isZero();
		assertThat(again.result()).isEqualTo(first.result());
		// another period is another entry
		assertThat(StatementCounting.count(() -> source.rows(agencies, from, to.minusDays(1))).statements()).isEqualTo(1);
		// a dossier change inside its transaction: kept until the commit, then counted again
		transactions.executeWithoutResult(status -> {
			cache.dossierChanged(new DossierTransitioned(UUID.randomUUID(), "X", agencies.get(0), DossierAction.RECEIVE,
					DossierStatus.SUBMITTED, DossierStatus.RECEIVED, java.time.OffsetDateTime.now(clock), "motcua", false));
			assertThat(StatementCounting.count(() -> source.rows(agencies, from, to)).statements()).isZero();
		});
		assertThat(StatementCounting.count(() -> source.rows(agencies, from, to)).statements()).isEqualTo(1);
	}

	@Test
	void countersBeyondTheCapReadTwoThousandPlus() {
		assertThat(new DossierQueries.InboxCount("OVERDUE", "Quá hạn", 7).display()).isEqualTo("7");
		assertThat(new DossierQueries.InboxCount("OVERDUE", "Quá hạn", 1005).display()).isEqualTo("1.005");
		assertThat(new DossierQueries.InboxCount("OVERDUE", "Quá hạn", DossierQueries.COUNT_CAP).display())
			.isEqualTo("2.000");
		assertThat(new DossierQueries.InboxCount("OVERDUE", "Quá hạn", DossierQueries.COUNT_CAP + 1).display())
			.isEqualTo("2.000+");
	}

	@Test
	void theOverdueRuleOverTheDeadlineIndexSaysWhatTheTimelinessModelSays() {
		for (int shift : new int[] { -400, -30, 0, 3, 30, 400 }) {
			LocalDate day = vn.motcua.shared.VietnamTime.today(clock).plusDays(shift);
			long model = jdbc.sql("select count(*) from dossier d where d.received_at is not null and d.closed_at is null"
					+ " and not " + TimelinessModel.pendingInTime("d", "?"))
				.param(day)
				.query(Long.class)
				.single();
			long indexed = jdbc.sql("select count(*) from dossier d where d.received_at is not null and d.closed_at is null"
					+ " and " + TimelinessModel.overdueFrom("d", "?"))
				.param(day.atStartOfDay(vn.motcua.shared.VietnamTime.ZONE).toOffsetDateTime())
				.query(Long.class)
				.single();
			assertThat(indexed).as("overdue on " + day).isEqualTo(model);
		}
		// and the capped count of the inbox is one range of the open dossiers' deadline index once an agency has many
		// open dossiers, one in a hundred overdue (20,000 inserted and analysed in a transaction that is rolled back)
		UUID agency = jdbc.sql("select id from agency where code = 'SNV-HT'").query(UUID.class).single();
		String plan = transactions.execute(status -> {
			jdbc.sql("""
					insert into dossier (id, code, agency_id, procedure_version_id, procedure_code, procedure_version,
					    procedure_name, field_id, channel, status, applicant_name, submitted_at, received_at,
					    appointment_at, first_appointment_at, processing_amount, processing_unit, legal_due_at, lookup_key)
					select gen_random_uuid(), 'IDX-' || g, ?, v.id, p.code, v.version, v.name, v.field_id, 'DIRECT',
					    'ASSIGNED', 'Nguyễn Văn ' || g, t, t, t + interval '6 days', t + interval '6 days', 4,
					    'WORKING_DAY', case when g % 100 = 0 then now() - interval '3 days' else now() + interval '5 days' end,
					    'K' || g
					from generate_series(1, 20000) g
					cross join (select * from procedure where code = '2.002354') p
					cross join (select * from procedure_version where procedure_id = (select id from procedure
					            where code = '2.002354') order by version limit 1) v
					cross join lateral (select now() - (g % 730) * interval '1 day' as t) x""")
				.param(agency)
				.update();
			jdbc.sql("analyze dossier").update();
			String explained = String.join("\n", jdbc.sql("explain select 1 from dossier d where d.agency_id = ?"
					+ " and d.closed_at is null and d.received_at is not null and "
					+ TimelinessModel.overdueFrom("d", "?") + " limit 2001")
				.params(agency, java.time.OffsetDateTime.now(clock))
				.query(String.class)
				.list());
			status.setRollbackOnly();
			return explained;
		});
		assertThat(plan).contains("dossier_agency_open_due_idx");
	}
}
