package vn.motcua.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.motcua.MotCuaApplication;
import vn.motcua.shared.SystemTask;

/**
 * Speed of the report forms over large data on the embedded PostgreSQL (not a unit test; run with {@code main}).
 * Loads {@code rows} dossiers with SQL in the order they arrive (five years up to 30/11/2026, two history events
 * each, about 0.3 % still open, a share resolved late) spread over {@code agencies} agencies under the province (UBND-HT), then times
 * biểu II.06a for quarter III/2026 for one agency (SNV-HT) and for the province roll-up (all agencies summed), and
 * the drill-down of one cell; then the Decision 766 index for the agency and, with several agencies, the province
 * comparison (every agency under UBND-HT side by side). Arguments: {@code rows agencies}. See docs/benchmarks.md for the figures.
 */
public final class ReportBenchmark {

	public static void main(String[] args) {
		long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
		int agencies = args.length > 1 ? Integer.parseInt(args[1]) : 1;
		// -Dbench.url=jdbc:postgresql://localhost:PORT/postgres: a PostgreSQL started by hand (fsync off, user postgres,
		// trust on localhost) that keeps the data between runs; with -Dbench.reuse=true the data already there is
		// measured again without loading (the ten-million run: load once, measure after each change)
		String url = System.getProperty("bench.url");
		List<String> options = new java.util.ArrayList<>(List.of("--server.port=0", "--motcua.demo-data=true",
				"--motcua.demo-dossiers=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
				"--spring.jdbc.template.query-timeout=3600s"));
		if (url == null) {
			options.addAll(List.of("--motcua.embedded-db.ephemeral=true",
					"--motcua.embedded-db.port=" + Integer.getInteger("bench.port", 55434)));
		}
		else {
			options.addAll(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
					"--motcua.durability.allow-unsafe=true", "--motcua.data-dir=target/bench-data"));
		}
		ConfigurableApplicationContext context = SpringApplication.run(MotCuaApplication.class,
				options.toArray(String[]::new));
		try {
			if (Boolean.getBoolean("bench.reuse")) {
				System.out.println("measuring the data already loaded: " + context.getBean(JdbcClient.class)
					.sql("select count(*) from dossier").query(Long.class).single() + " dossiers");
			}
			else {
				// on a new external database the catalogue's demo data may have been skipped when its initializer ran
				// before the demo agencies existed; every initializer checks what is there, so running them again
				// only adds what is missing
				context.getBeansOfType(org.springframework.modulith.ApplicationModuleInitializer.class)
					.values()
					.forEach(org.springframework.modulith.ApplicationModuleInitializer::initialize);
				load(context.getBean(JdbcClient.class), rows, agencies);
			}
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
						List.of(new SimpleGrantedAuthority("ROLE_SYSTEM_ADMIN"))));
			ReportManagement reports = context.getBean(ReportManagement.class);
			ReportPeriod quarter = ReportPeriod.parse("2026-Q3", null, null);
			if (agencies > 1) {
				// the first call, before any other report read the dossiers (cold when the server was just started)
				long cold = System.nanoTime();
				List<ServiceIndex.Scorecard> side = context.getBean(ServiceIndex.class).compare("UBND-HT", quarter);
				System.out.printf("766 province comparison, first call %8.1f ms (%d agencies, totals summed %.2f)%n",
						(System.nanoTime() - cold) / 1e6, side.size(),
						side.stream().mapToDouble(ServiceIndex.Scorecard::total).sum());
			}
			ReportTable one = reports.compute("II.06a", "SNV-HT", quarter);
			System.out.println("SNV-HT 2026-Q3 total: " + one.total().cells() + " violations " + one.violations());
			// -Dbench.quick=true: only the calls the goals name, fewer runs (the 10-million run on a shared machine)
			boolean quick = Boolean.getBoolean("bench.quick");
			measure("II.06a one agency, quarter", quick ? 5 : 10, () -> reports.compute("II.06a", "SNV-HT", quarter));
			if (!quick) {
				measure("II.06a one agency, year 2026", 5,
						() -> reports.compute("II.06a", "SNV-HT", ReportPeriod.parse("2026", null, null)));
				measure("cell (13) overdue, one agency", 10,
						() -> reports.cell("II.06a", "SNV-HT", quarter, null, "13"));
			}
			ServiceIndex index = context.getBean(ServiceIndex.class);
			System.out.println("SNV-HT 2026-Q3 766 total: " + index.compute("SNV-HT", quarter).total());
			measure("766 index one agency, quarter", quick ? 5 : 10, () -> index.compute("SNV-HT", quarter));
			if (!quick) {
				measure("766 indicator 2.1 records, one agency", 5, () -> index.cells("SNV-HT", quarter, "2.1"));
				measure("766 indicator 2.2 by procedure, one agency", 5, () -> index.cells("SNV-HT", quarter, "2.2"));
			}
			if (agencies > 1) {
				ReportTable all = reports.compute("II.06a", "UBND-HT", quarter);
				System.out.println("UBND-HT 2026-Q3 total: " + all.total().cells() + " violations " + all.violations());
				int runs = Boolean.getBoolean("bench.quick") ? 3 : 5;
				measure("II.06a province roll-up, quarter", runs, () -> reports.compute("II.06a", "UBND-HT", quarter));
				List<ServiceIndex.Scorecard> side = index.compare("UBND-HT", quarter);
				// every agency of the comparison has the figures of its own scorecard (the rule
				// ServiceIndexComparisonTests checks); the name differs by design (the short name side by side)
				long differing = side.stream().filter(c -> {
					ServiceIndex.Scorecard own = index.compute(c.agency(), quarter);
					return !(c.groups().equals(own.groups()) && c.total() == own.total());
				}).count();
				System.out.println("766 province comparison: agencies differing from their own scorecard: " + differing);
				measure("766 province comparison, quarter", runs, () -> index.compare("UBND-HT", quarter));
				measure("766 province total, quarter", runs, () -> index.compute("UBND-HT", quarter));
				if (Boolean.getBoolean("plan")) {
					vn.motcua.dossier.StatisticsPlan.print(context.getBean(JdbcClient.class),
							reports.scope("UBND-HT").agencies(), quarter.from(), quarter.to());
				}
			}
		}
		finally {
			SecurityContextHolder.clearContext();
			context.close();
		}
	}

	static void load(JdbcClient jdbc, long rows, int agencies) {
		long start = System.nanoTime();
		SystemTask.run(() -> {
			for (int i = 2; i <= agencies; i++) {
				jdbc.sql("""
						insert into agency (id, code, name, identifier_code, level, parent_id)
						select gen_random_uuid(), 'BENCH-' || :i, 'Cơ quan thử ' || :i, '000.00.' || :i || '.B99', 'PROVINCE', id
						from agency where code = 'UBND-HT'""").param("i", i).update();
			}
			// the report and index queries use neither the trigram indexes nor those of the staff lists and inboxes;
			// dropping them only shortens the load (every index the reports read is kept and maintained)
			for (String index : List.of("dossier_applicant_trgm_idx", "dossier_code_trgm_idx", "dossier_agency_list_idx",
					"dossier_agency_open_list_idx", "dossier_agency_status_list_idx", "dossier_assignee_idx",
					"dossier_id_number_idx", "dossier_agency_appointment_idx")) {
				jdbc.sql("drop index if exists " + index).update();
			}
			// the indexes the reports read are built once after the load (a sorted build) rather than row by row;
			// -Dbench.keepIndexes=true maintains them during the load, as the earlier runs did
			List<String> rebuild = Boolean.getBoolean("bench.keepIndexes") ? List.of() : jdbc.sql("""
					select i.indexname, i.indexdef from pg_indexes i
					where i.tablename in ('dossier', 'dossier_event')
					  and not exists (select 1 from pg_constraint c where c.conname = i.indexname)""")
				.query((rs, n) -> rs.getString("indexname") + "\t" + rs.getString("indexdef"))
				.list();
			rebuild.forEach(index -> jdbc.sql("drop index " + index.split("\t")[0]).update());
			long batch = 1_000_000;
			for (long first = 1; first <= rows; first += batch) {
				long last = Math.min(rows, first + batch - 1);
				long t0 = System.nanoTime();
				jdbc.sql("""
						with d as (
						insert into dossier (id, code, agency_id, procedure_version_id, procedure_code, procedure_version,
						    procedure_name, field_id, channel, status, applicant_name, applicant_id_number, submitted_at,
						    received_at, appointment_at, first_appointment_at, completed_at, finished_at, closed_at,
						    processing_amount, processing_unit, lookup_key,
						    legal_due_at, due_766_at, counted_end_at, end_766_at, verdict, on_time_766, timeliness_model)
						-- ids in the order of arrival (as a time-ordered UUID would be), so the primary keys grow at the end
						select cast('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0') as uuid), 'R-' || g, a.id, v.id, v.code, v.version, v.name, v.field_id,
						    (array['DIRECT','ONLINE','POSTAL'])[1 + g % 3],
						    case when open then 'ASSIGNED' when g % 50 = 1 then 'REFUSED' else 'RETURNED' end,
						    'Người nộp ' || g, lpad(g::text, 12, '0'),
						    t, t, t + interval '6 days', t + interval '6 days',
						    case when open then null else t + (g % 8) * interval '1 day' end,
						    case when open then null else t + (g % 8) * interval '1 day' end,
						    case when open then null else t + (g % 8) * interval '1 day' end,
						    4, 'WORKING_DAY', 'KEY' || (g % 100000),
						    -- what TimelinessModel derives from these two-step histories
						    t + interval '6 days', t + interval '6 days',
						    case when open then null else t + (g % 8) * interval '1 day' end,
						    case when open then null else t + (g % 8) * interval '1 day' end,
						    case when open then null when g % 8 < 6 then 'EARLY' when g % 8 = 6 then 'ON_TIME' else 'LATE' end,
						    case when open then null else g % 8 <= 6 end, 1
						from generate_series(:first, :last) g
						cross join lateral (select ((:rows - g) * 1826 / :rows) as age) a0
						cross join lateral (select timestamptz '2026-11-30 09:00+07' - a0.age * interval '1 day'
						    - (g % 480) * interval '1 minute' as t, a0.age < 20 and g % 3 = 0 as open) x
						join (select id, row_number() over (order by code) - 1 as n from agency
						      where code = 'SNV-HT' or code like 'BENCH-%') a on a.n = g % :agencies
						join (select pv.id, pv.version, pv.name, pv.field_id, p.code,
						          row_number() over (order by p.code) - 1 as n, count(*) over () as procedures
						      from procedure p join procedure_version pv on pv.procedure_id = p.id
						      where pv.version = (select max(version) from procedure_version where procedure_id = p.id)) v
						    on v.n = g % v.procedures
						returning id, received_at, closed_at, status, appointment_at)
						-- the two history steps of the same rows, without reading the table again
						insert into dossier_event (dossier_id, seq, action, at, by_user, from_status, to_status, appointment_at,
						    legal_due_at, due_766_at)
						select id, 1, 'RECEIVE', received_at, 'system', 'RECEIVED', 'RECEIVED', appointment_at,
						    appointment_at, appointment_at
						from d
						union all
						select id, 2, case status when 'REFUSED' then 'REFUSE' else 'RETURN_RESULT' end, closed_at, 'system',
						    'RECEIVED', status, appointment_at, appointment_at, appointment_at
						from d where closed_at is not null""")
					.param("first", first)
					.param("last", last)
					.param("agencies", agencies)
					.param("rows", rows)
					.update();
				System.out.printf("loaded dossiers %d–%d in %.1f s%n", first, last, (System.nanoTime() - t0) / 1e9);
			}
			for (String index : rebuild) {
				long t0 = System.nanoTime();
				jdbc.sql(index.split("\t")[1]).update();
				System.out.printf("built %s in %.1f s%n", index.split("\t")[0], (System.nanoTime() - t0) / 1e9);
			}
			jdbc.sql("vacuum analyze dossier").update();
			jdbc.sql("vacuum analyze dossier_event").update();
		});
		System.out.printf("loaded %d dossiers in %d agencies in %.1f s%n", rows, agencies,
				(System.nanoTime() - start) / 1e9);
	}

	static void measure(String name, int runs, Supplier<?> call) {
		for (int i = 0; i < 2; i++) {
			call.get();
		}
		long[] times = new long[runs];
		for (int i = 0; i < runs; i++) {
			long t0 = System.nanoTime();
			call.get();
			times[i] = System.nanoTime() - t0;
		}
		Arrays.sort(times);
		System.out.printf("%-36s runs %d  median %8.1f ms  max %8.1f ms%n", name, runs, times[runs / 2] / 1e6,
				times[runs - 1] / 1e6);
	}

	private ReportBenchmark() {
	}
}
