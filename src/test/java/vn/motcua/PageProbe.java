package vn.motcua;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.dossier.DossierBenchmark;

/**
 * Where the time of one request goes (docs/benchmarks.md, wave 4): the slow pages at 1 session, each timed after a
 * warm-up, with the statements and the database time each request costs (from {@code pg_stat_statements}). The
 * database is kept in {@code target/probe-pg} between runs (loaded once), so a change can be measured in a minute.
 * Not a test: heavy, and kept out of {@code mvn verify}. {@code -Dprobe.threads=8 -Dprobe.seconds=30} adds the
 * load benchmark's intake (dossiers/s, JVM and PostgreSQL CPU, WAL and full-page images per dossier, statements by
 * time); with {@code -Dprobe.sql="…; …"} too, the intake runs before and after those statements in the same JVM (an
 * index dropped, a checkpoint), since two runs of this machine differ more than most changes.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/load-classpath.txt) vn.motcua.PageProbe [dossiers=1000000] [requests=20]
 * </pre>
 */
public final class PageProbe {

	static final int HTTP_PORT = LoadBenchmark.HTTP_PORT; // -Dload.port=8094

	static final int PG_PORT = Integer.getInteger("probe.pg-port", 55475);

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int requests = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		Path dir = Path.of(System.getProperty("probe.dir", "target/probe-pg"));
		boolean fresh = !dir.resolve("PG_VERSION").toFile().exists();
		EmbeddedPostgres postgres = LoadBenchmark.durablePostgres(PG_PORT)
			.setDataDirectory(dir)
			.setCleanDataDirectory(false)
			.setServerConfig("shared_preload_libraries", "pg_stat_statements,auto_explain")
			.setServerConfig("auto_explain.log_min_duration", System.getProperty("probe.explain-ms", "-1"))
			.setServerConfig("auto_explain.log_analyze", "on")
			.setServerConfig("auto_explain.log_buffers", "on")
			.setServerConfig("pg_stat_statements.track", "all")
			.start();
		ConfigurableApplicationContext context = SpringApplication.run(MotCuaApplication.class,
				"--server.port=" + HTTP_PORT, "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--motcua.data-dir=target/probe-run",
				"--motcua.demo-data=" + fresh, "--motcua.demo-dossiers=300", "--logging.level.root=WARN",
				"--spring.main.banner-mode=off", "--spring.jdbc.template.query-timeout=900s");
		try {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			jdbc.sql("create extension if not exists pg_stat_statements").update();
			long loaded = jdbc.sql("select count(*) from dossier where code like 'B-%'").query(Long.class).single();
			if (loaded == 0 && rows > 0) {
				DossierBenchmark.load(context, rows);
			}
			String desk = LoadBenchmark.signIn("motcua", 1).get(0);
			String head = LoadBenchmark.signIn("giamdoc", 1).get(0);
			String basic = "Basic " + Base64.getEncoder()
				.encodeToString(("motcua:" + LoadBenchmark.PASSWORD).getBytes(StandardCharsets.UTF_8));
			String code = jdbc
				.sql("select d.code from dossier d join agency a on a.id = d.agency_id where a.code = 'SNV-HT' "
						+ "order by d.received_at desc nulls last limit 1")
				.query(String.class)
				.single();
			Map<String, String[]> pages = new LinkedHashMap<>();
			pages.put("desk page /", new String[] { "/", "Cookie", desk });
			pages.put("dossier list /ho-so", new String[] { "/ho-so", "Cookie", desk });
			for (String inbox : List.of("OVERDUE", "DUE_TODAY", "TO_ACCEPT", "MINE")) {
				pages.put("inbox " + inbox, new String[] { "/ho-so?inbox=" + inbox, "Cookie", desk });
			}
			pages.put("dossier page", new String[] { "/ho-so/" + code, "Cookie", desk });
			pages.put("II.06a page, quarter", new String[] { "/bao-cao/II.06a?period=2026-Q3", "Cookie", head });
			pages.put("public search", new String[] { "/thu-tuc?q=ho%20chieu", null, null });
			pages.put("API read", new String[] { "/api/v1/dossiers", "Authorization", basic });
			HttpClient client = HttpClient.newHttpClient();
			System.out.println();
			var cpu = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
				.getOperatingSystemMXBean();
			System.out.println("| request | status | p50 ms | max ms | JVM CPU ms / request | statements / request | database ms / request |");
			System.out.println("|---|---|---|---|---|---|---|");
			for (var page : pages.entrySet()) {
				String[] p = page.getValue();
				int status = 0;
				for (int i = 0; i < Integer.getInteger("probe.warmup", 3); i++) {
					status = get(client, p).statusCode();
				}
				jdbc.sql("select pg_stat_statements_reset()").query(Object.class).list();
				double[] ms = new double[requests];
				long cpuBefore = cpu.getProcessCpuTime();
				for (int i = 0; i < requests; i++) {
					long start = System.nanoTime();
					status = get(client, p).statusCode();
					ms[i] = (System.nanoTime() - start) / 1e6;
				}
				double cpuMs = (cpu.getProcessCpuTime() - cpuBefore) / 1e6 / requests;
				Map<String, Object> stats = jdbc.sql("select coalesce(sum(calls), 0) as calls, "
						+ "coalesce(sum(total_exec_time), 0) as ms from pg_stat_statements "
						+ "where query not like '%pg_stat_statements%' and query not ilike 'set %' "
						+ "and query not ilike 'show %' and query not in ('BEGIN', 'COMMIT', 'ROLLBACK')")
					.query()
					.singleRow();
				Arrays.sort(ms);
				System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", page.getKey(), status,
						ms[ms.length / 2], ms[ms.length - 1], cpuMs,
						((Number) stats.get("calls")).doubleValue() / requests,
						((Number) stats.get("ms")).doubleValue() / requests);
				if (Boolean.getBoolean("probe.statements")) {
					jdbc.sql("select calls, round(total_exec_time::numeric, 1) as ms, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) as q "
							+ "from pg_stat_statements where query not like '%pg_stat_statements%' order by total_exec_time desc limit 12")
						.query()
						.listOfRows()
						.forEach(r -> System.out.println("    " + r.get("calls") + " × " + r.get("ms") + " ms  " + r.get("q")));
				}
			}
			int intakes = Integer.getInteger("probe.intake", 0);
			if (intakes > 0) {
				intake(context, jdbc, intakes);
			}
			String experiment = System.getProperty("probe.sql"); // e.g. an index dropped to see what it costs
			int threads = Integer.getInteger("probe.threads", 0);
			if (experiment != null && threads > 0) { // before and after, in one run: the runs of one machine differ
				concurrentIntake(context, jdbc, threads, Integer.getInteger("probe.seconds", 20));
			}
			if (experiment != null) {
				System.out.println("\n" + experiment);
				for (String statement : experiment.split(";")) {
					jdbc.sql(statement).update();
				}
			}
			if (threads > 0) {
				concurrentIntake(context, jdbc, threads, Integer.getInteger("probe.seconds", 20));
			}
			if (Boolean.getBoolean("probe.wait")) {
				System.out.println("app on " + HTTP_PORT + ", database on " + PG_PORT + "; press Enter to stop");
				System.in.read();
			}
		}
		finally {
			context.close();
			postgres.close();
		}
	}

	/**
	 * Intake plus five transitions, one dossier at a time on one thread: milliseconds, statements and database time
	 * per dossier (six transactions), and the costliest statements.
	 */
	static void intake(ConfigurableApplicationContext context, JdbcClient jdbc, int count) {
		var dossiers = context.getBean(vn.motcua.dossier.DossierManagement.class);
		Runnable one = () -> {
			var d = dossiers.intake(new vn.motcua.dossier.DossierCommands.IntakeCommand("2.002354", "DIRECT",
					new vn.motcua.dossier.DossierCommands.ApplicantData("Nguyễn Văn Tải", "042090000001", null, null,
							"Hà Tĩnh", null),
					List.of(new vn.motcua.dossier.DossierCommands.ComponentData("TK", true, 1, List.of(), null, null),
							new vn.motcua.dossier.DossierCommands.ComponentData("QD", true, 1, List.of(), null, null),
							new vn.motcua.dossier.DossierCommands.ComponentData("HC", true, 1, List.of(), null, null)),
					null, null, null, null));
			for (String[] step : new String[][] { { "ASSIGN", "chuyenvien" }, { "SUBMIT", null }, { "APPROVE", null },
					{ "COMPLETE", null }, { "RETURN_RESULT", null } }) {
				dossiers.act(d.code(), new vn.motcua.dossier.DossierCommands.ActionCommand(step[0], null, null, step[1],
						null, null, null, null));
			}
		};
		vn.motcua.shared.SystemTask.run(() -> {
			for (int i = 0; i < 5; i++) {
				one.run();
			}
		});
		jdbc.sql("select pg_stat_statements_reset()").query(Object.class).list();
		var cpu = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean();
		long cpuBefore = cpu.getProcessCpuTime();
		long start = System.nanoTime();
		vn.motcua.shared.SystemTask.run(() -> {
			for (int i = 0; i < count; i++) {
				one.run();
			}
		});
		double ms = (System.nanoTime() - start) / 1e6 / count;
		System.out.printf(Locale.ROOT, "%nJVM CPU per dossier: %.1f ms%n", (cpu.getProcessCpuTime() - cpuBefore) / 1e6 / count);
		Map<String, Object> stats = jdbc.sql("select coalesce(sum(calls), 0) as calls, "
				+ "coalesce(sum(total_exec_time), 0) as ms, "
				+ "coalesce(sum(calls) filter (where query in ('BEGIN', 'COMMIT')), 0) as tx from pg_stat_statements "
				+ "where query not like '%pg_stat_statements%'")
			.query()
			.singleRow();
		System.out.printf(Locale.ROOT, "%nintake + 5 transitions, one at a time: %.1f ms, %.1f statements, %.1f ms in the "
				+ "database per dossier%n", ms, ((Number) stats.get("calls")).doubleValue() / count,
				((Number) stats.get("ms")).doubleValue() / count);
		jdbc.sql("select calls, round(total_exec_time::numeric, 1) as ms, left(regexp_replace(query, '\\s+', ' ', 'g'), 150) as q "
				+ "from pg_stat_statements where query not like '%pg_stat_statements%' order by calls desc, total_exec_time desc limit 40")
			.query()
			.listOfRows()
			.forEach(r -> System.out.println("    " + r.get("calls") + " × " + r.get("ms") + " ms  " + r.get("q")));
	}

	/**
	 * The load benchmark's intake (DossierBenchmark's workers, {@code threads} of them) for {@code seconds} after a
	 * warm-up: dossiers per second and where the database's time goes when the desks write at once (lock waits,
	 * index upkeep on the loaded tables), by total time.
	 */
	static void concurrentIntake(ConfigurableApplicationContext context, JdbcClient jdbc, int threads, int seconds)
			throws Exception {
		DossierBenchmark.throughput(context, 5, threads);
		jdbc.sql("select pg_stat_statements_reset()").query(Object.class).list();
		var cpu = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean();
		long jvmBefore = cpu.getProcessCpuTime();
		long postgresBefore = postgresCpuMillis();
		long walBefore = jdbc.sql("select pg_current_wal_lsn() - '0/0'").query(Long.class).single();
		long imagesBefore = jdbc.sql("select wal_fpi from pg_stat_wal").query(Long.class).single();
		long dossiers = DossierBenchmark.throughput(context, seconds, threads);
		long wal = jdbc.sql("select pg_current_wal_lsn() - '0/0'").query(Long.class).single() - walBefore;
		long images = jdbc.sql("select wal_fpi from pg_stat_wal").query(Long.class).single() - imagesBefore;
		System.out.printf(Locale.ROOT, "%n%d threads: %.1f dossiers/s; per dossier: JVM CPU %.2f ms, PostgreSQL CPU %.2f ms, "
				+ "WAL %.1f kB (%.1f full-page images); statements by total time:%n", threads, dossiers / (double) seconds,
				(cpu.getProcessCpuTime() - jvmBefore) / 1e6 / dossiers,
				(postgresCpuMillis() - postgresBefore) / (double) dossiers, wal / 1024.0 / dossiers,
				images / (double) dossiers);
		jdbc.sql("select calls, round(total_exec_time::numeric, 1) as ms, round(mean_exec_time::numeric, 3) as mean, "
				+ "left(regexp_replace(query, '\\s+', ' ', 'g'), 150) as q from pg_stat_statements "
				+ "where query not like '%pg_stat_statements%' order by total_exec_time desc limit 25")
			.query()
			.listOfRows()
			.forEach(r -> System.out.println("    " + r.get("calls") + " × " + r.get("mean") + " ms = " + r.get("ms")
					+ " ms  " + r.get("q")));
	}

	/** CPU milliseconds used so far by the running PostgreSQL processes (from /proc; clock ticks of 10 ms). */
	static long postgresCpuMillis() throws java.io.IOException {
		long ticks = 0;
		try (var dirs = java.nio.file.Files.list(Path.of("/proc"))) {
			for (Path dir : dirs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
				try {
					String stat = java.nio.file.Files.readString(dir.resolve("stat"));
					if (stat.contains("(postgres)")) {
						String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
						ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
					}
				}
				catch (java.io.IOException ex) {
					// the process ended meanwhile
				}
			}
		}
		return ticks * 10;
	}

	static HttpResponse<byte[]> get(HttpClient client, String[] page) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + page[0]));
		if (page[1] != null) {
			request.header(page[1], page[2]);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private PageProbe() {
	}
}
