package vn.motcua.dossier;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.motcua.MotCuaApplication;
import vn.motcua.dossier.DossierCommands.ActionCommand;
import vn.motcua.dossier.DossierCommands.ApplicantData;
import vn.motcua.dossier.DossierCommands.ComponentData;
import vn.motcua.dossier.DossierCommands.IntakeCommand;
import vn.motcua.dossier.DossierQueries.Filter;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.SystemTask;

/**
 * Load benchmark of the dossier module on the embedded PostgreSQL (not a unit test; run with {@code main}):
 * <ol>
 * <li>sustained intake plus five transitions (assign, submit, approve, complete, return) through the application
 * services, 8 threads (third argument) for 30 s; then pgbench's TPC-B-like default against the same server as the
 * ceiling;</li>
 * <li>1,000,000 dossiers loaded with SQL, then p50/p95/p99 of the staff list, the inboxes and the searches.</li>
 * </ol>
 * See docs/benchmarks.md for the command and the figures.
 */
public final class DossierBenchmark {

	/** The password of the benchmark's desk officers {@code chuyenvien1…4}. */
	public static final String PASSWORD = "MatKhau123";

	public static void main(String[] args) throws Exception {
		int pgPort = 55433;
		int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
		int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
		int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
		ConfigurableApplicationContext context = SpringApplication.run(MotCuaApplication.class, "--server.port=0",
				"--motcua.embedded-db.ephemeral=true", "--motcua.embedded-db.port=" + pgPort, "--motcua.demo-data=true",
				"--motcua.demo-dossiers=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
				"--spring.jdbc.template.query-timeout=900s");
		try {
			throughput(context, seconds, threads);
			pgbench(pgPort, seconds, context.getBean(vn.motcua.system.EmbeddedPostgresServer.class).password());
			if (rows > 0) {
				lists(context, rows);
			}
		}
		finally {
			context.close();
		}
	}

	/**
	 * Intake plus five transitions through the services, {@code threads} workers for {@code seconds}; dossiers done.
	 * The work is spread over four agencies {@code BENCH-1…4} (procedures {@code B.1…4}), each with a desk officer
	 * {@code chuyenvien1…4} (password {@link #PASSWORD}). Four more, {@code BENCH-5…8} with {@code chuyenvien5…8}, are
	 * set up for LoadBenchmark's API writes: each agency has 9,999 dossier numbers a day, and the intake and the API
	 * writes of one run take about 25,000 each.
	 */
	public static long throughput(ConfigurableApplicationContext context, int seconds, int threads) throws Exception {
		DossierManagement dossiers = context.getBean(DossierManagement.class);
		// a dossier code has four digits per agency and day (9,999 a day): spread the load over four agencies
		var agencies = context.getBean(vn.motcua.identity.AgencyManagement.class);
		var procedures = context.getBean(vn.motcua.catalogue.ProcedureManagement.class);
		var users = context.getBean(vn.motcua.identity.UserManagement.class);
		List<String> codes = new java.util.ArrayList<>();
		SystemTask.run(() -> {
			var template = procedures.visible("2.002354", null);
			var jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
			for (int a = 1; a <= 8; a++) {
				String code = "B." + a;
				if (a <= 4) {
					codes.add(code);
				}
				if (jdbc.sql("select count(*) from agency where code = ?").param("BENCH-" + a).query(Long.class).single() > 0) {
					continue; // set up by an earlier call (a warm-up)
				}
				agencies.create(new vn.motcua.identity.AgencyManagement.AgencyCommand("BENCH-" + a, "Đơn vị thử tải " + a,
						null, "000.00.9" + a + ".H36", "PROVINCE", "UBND-HT", null, null, null, true));
				users.create(new vn.motcua.identity.UserManagement.UserCommand("chuyenvien" + a, "Chuyên viên " + a, null,
						PASSWORD, "BENCH-" + a, List.of("RECEPTION_OFFICER", "PROCESSING_OFFICER"), true));
				procedures.create(new vn.motcua.catalogue.ProcedureManagement.ProcedureCommand(code, template.name(),
						template.fieldCode(), "BENCH-" + a, "PROVINCE", "CENTRAL",
						new vn.motcua.catalogue.ProcedureManagement.ProcessingTime(4, "WORKING_DAY"), "NONE", null,
						List.of(), template.components().stream()
							.map(c -> new vn.motcua.catalogue.ProcedureManagement.ComponentData(c.code(), c.name(),
									c.required(), c.copies()))
							.toList(), "PAPER", false, java.time.LocalDate.of(2020, 1, 1), null, null, null, null));
			}
		});
		AtomicLong done = new AtomicLong();
		List<String> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		for (int t = 0; t < threads; t++) {
			String procedure = codes.get(t % codes.size());
			String officer = "chuyenvien" + (t % codes.size() + 1);
			pool.submit(() -> SystemTask.run(() -> {
				try {
					while (System.nanoTime() < end) {
						Dossier d = dossiers.intake(new IntakeCommand(procedure, "DIRECT",
								new ApplicantData("Nguyễn Văn Tải", "042090000001", null, null, "Hà Tĩnh", null),
								List.of(new ComponentData("TK", true, 1, List.of(), null, null),
										new ComponentData("QD", true, 1, List.of(), null, null),
										new ComponentData("HC", true, 1, List.of(), null, null)),
								null, null, null, null));
						dossiers.act(d.code(), new ActionCommand("ASSIGN", null, null, officer, null, null, null, null));
						dossiers.act(d.code(), new ActionCommand("SUBMIT", null, null, null, null, null, null, null));
						dossiers.act(d.code(), new ActionCommand("APPROVE", null, null, null, null, null, null, null));
						dossiers.act(d.code(), new ActionCommand("COMPLETE", null, null, null, null, null, null, null));
						dossiers.act(d.code(), new ActionCommand("RETURN_RESULT", null, null, null, null, null, null, null));
						done.incrementAndGet();
					}
				}
				catch (RuntimeException ex) {
					failures.add(ex.toString());
				}
			}));
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
		for (var failure : failures) {
			System.out.println("worker stopped: " + failure);
		}
		System.out.printf("intake + 5 transitions: %d dossiers in %d s = %.1f dossiers/s (%d threads)%n", done.get(),
				seconds, done.get() / (double) seconds, threads);
		return done.get();
	}

	static void pgbench(int port, int seconds, String password) throws Exception {
		run(password, "pgbench", "-i", "-q", "-s", "10", "-h", "localhost", "-p", Integer.toString(port), "-U", "postgres",
				"postgres");
		run(password, "pgbench", "-c", "4", "-j", "2", "-T", Integer.toString(seconds), "-h", "localhost", "-p",
				Integer.toString(port), "-U", "postgres", "postgres");
	}

	static void run(String password, String... command) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("PGPASSWORD", password);
		Process process = builder.start();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
			out.lines().filter(l -> l.contains("tps") || l.contains("latency") || l.contains("done")).forEach(
					l -> System.out.println("pgbench: " + l));
		}
		process.waitFor();
	}

	static void lists(ConfigurableApplicationContext context, int rows) {
		load(context, rows);
		measureLists(context);
	}

	/** Inserts {@code rows} dossiers of the demo Sở Ngoại vụ with SQL (two years, 10 % open), with their receipt step. */
	public static void load(ConfigurableApplicationContext context, int rows) {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		long start = System.nanoTime();
		SystemTask.run(() -> {
			jdbc.sql("""
					insert into dossier (id, code, agency_id, procedure_version_id, procedure_code, procedure_version,
					    procedure_name, field_id, channel, status, applicant_name, applicant_id_number, submitted_at,
					    received_at, appointment_at, first_appointment_at, completed_at, finished_at, closed_at,
					    processing_amount, processing_unit, lookup_key,
					    legal_due_at, due_766_at, counted_end_at, end_766_at, verdict, on_time_766, timeliness_model)
					select gen_random_uuid(), 'B-' || g, a.id, v.id, '2.002354', v.version, v.name, v.field_id,
					    (array['DIRECT','ONLINE','POSTAL'])[1 + g % 3],
					    case when g % 10 = 0 then 'ASSIGNED' else 'RETURNED' end,
					    (array['Nguyễn','Trần','Lê','Phạm','Hoàng'])[1 + g % 5] || ' ' ||
					    (array['Văn','Thị','Hữu','Minh'])[1 + g % 4] || ' ' ||
					    (array['An','Bình','Cường','Dung','Hà','Hải','Lan','Long','Mai','Nam'])[1 + g % 10] || ' ' || g,
					    lpad((g % 1000000000)::text, 12, '0'),
					    t, t, t + interval '6 days', t + interval '6 days',
					    case when g % 10 = 0 then null else t + interval '4 days' end,
					    case when g % 10 = 0 then null else t + interval '4 days' end,
					    case when g % 10 = 0 then null else t + interval '4 days' end,
					    4, 'WORKING_DAY', 'KEY' || (g % 100000),
					    -- what TimelinessModel derives: due after 6 days, finished after 4 (early)
					    t + interval '6 days', t + interval '6 days',
					    case when g % 10 = 0 then null else t + interval '4 days' end,
					    case when g % 10 = 0 then null else t + interval '4 days' end,
					    case when g % 10 = 0 then null else 'EARLY' end, case when g % 10 = 0 then null else true end, 1
					from generate_series(1, ?) g
					cross join (select id from agency where code = 'SNV-HT') a
					cross join (select * from procedure_version where procedure_id = (select id from procedure where code = '2.002354')) v
					cross join lateral (select now() - (g % 730) * interval '1 day' - (g % 480) * interval '1 minute' as t) x""")
				.param(rows)
				.update();
			jdbc.sql("""
					insert into dossier_event (dossier_id, seq, action, at, by_user, from_status, to_status, appointment_at,
					    legal_due_at, due_766_at)
					select id, 1, 'RECEIVE', received_at, 'system', 'RECEIVED', 'RECEIVED', appointment_at, appointment_at,
					    appointment_at
					from dossier where code like 'B-%'""").update();
			// vacuumed now rather than by autovacuum in the middle of the measurements (PostgreSQL vacuums freshly
			// inserted tables too, and the first reads of new rows write their hint bits): runs stay comparable
			jdbc.sql("vacuum (analyze) dossier, dossier_event").update();
			jdbc.sql("analyze").update();
			// and written out now: the gigabytes of the load are otherwise flushed by a spread checkpoint during the
			// minutes of measurements that follow, their writes competing with the measured commits' fsyncs
			jdbc.sql("checkpoint").update();
		});
		System.out.printf("loaded %d dossiers in %.1f s%n", rows, (System.nanoTime() - start) / 1e9);
	}

	static void measureLists(ConfigurableApplicationContext context) {
		DossierQueries queries = context.getBean(DossierQueries.class);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("motcua", null,
					List.of(new SimpleGrantedAuthority("ROLE_RECEPTION_OFFICER"))));
		PageRequest page = new PageRequest(0, 25);
		measure("list (newest first)", () -> queries.search(Filter.none(), page));
		measure("inbox OVERDUE", () -> queries.search(filter(null, null, "OVERDUE"), page));
		measure("inbox DUE_TODAY", () -> queries.search(filter(null, null, "DUE_TODAY"), page));
		measure("search by name without diacritics", () -> queries.search(filter("nguyen van an 12345", null, null), page));
		measure("search by code", () -> queries.search(filter("B-777777", null, null), page));
		measure("search by ID number", () -> queries.search(filter("000000777777", null, null), page));
		measure("filter status + channel", () -> queries.search(filter(null, "ASSIGNED", null), page));
		SecurityContextHolder.clearContext();
	}

	static Filter filter(String q, String status, String inbox) {
		return new Filter(status, null, null, null, status == null ? null : "ONLINE", null, null, q, inbox);
	}

	static void measure(String name, Supplier<?> call) {
		for (int i = 0; i < 20; i++) {
			call.get();
		}
		long[] times = new long[200];
		for (int i = 0; i < times.length; i++) {
			long t0 = System.nanoTime();
			call.get();
			times[i] = System.nanoTime() - t0;
		}
		Arrays.sort(times);
		System.out.printf("%-36s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n", name, times[100] / 1e6, times[190] / 1e6,
				times[198] / 1e6);
	}

	private DossierBenchmark() {
	}
}
