package vn.motcua;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.dossier.DossierBenchmark;

/**
 * The load benchmark of docs/benchmarks.md, run by {@code bin/load-benchmark}: starts a fresh embedded PostgreSQL
 * with durable commits ({@code fsync} and {@code synchronous_commit} on), loads the dossiers,
 * measures the ceiling (pgbench select-only and TPC-B on the same PostgreSQL, a static file from the same server),
 * durable intake plus five transitions, then each request at each number of concurrent signed-in sessions with
 * {@code wrk}, and prints one Markdown table. Not a test: heavy, and kept out of {@code mvn verify}.
 *
 * <p>Arguments: dossiers to load (default 1,000,000), seconds per measurement (default 10), session counts
 * (default {@code 1,10,50,200}).
 */
public final class LoadBenchmark {

	static final int HTTP_PORT = Integer.getInteger("load.port", 8086);

	static final int PG_PORT = Integer.getInteger("load.pg-port", 55486);

	static final String BASE = "http://localhost:" + HTTP_PORT;

	/** The second instance, for "one instance against two" (same PostgreSQL, sessions in the database). */
	static final int SECOND_HTTP_PORT = HTTP_PORT + 1;

	static final String SECOND_BASE = "http://localhost:" + SECOND_HTTP_PORT;

	static final String PASSWORD = "MotCua@2026";

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		int[] levels = java.util.Arrays
			.stream((args.length > 2 ? args[2] : "1,10,50,200").split(","))
			.mapToInt(Integer::parseInt)
			.toArray();
		boolean twoInstances = args.length > 3 && java.util.Arrays.asList(args[3].split(",")).contains("2");
		Path script = Files.createTempFile("motcua-load", ".lua");
		try (var in = LoadBenchmark.class.getResourceAsStream("/load/requests.lua")) {
			Files.write(script, in.readAllBytes());
		}
		// zonky starts PostgreSQL with fsync and synchronous_commit off on its command line (ALTER SYSTEM cannot
		// override that): start it here, durable, and give the application its URL
		EmbeddedPostgres postgres = durablePostgres(PG_PORT).start();
		ConfigurableApplicationContext context = SpringApplication.run(MotCuaApplication.class,
				"--server.port=" + HTTP_PORT, "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--motcua.data-dir=target/load-benchmark",
				"--motcua.demo-data=true", "--motcua.demo-dossiers=300", "--logging.level.root=WARN",
				"--spring.main.banner-mode=off", "--spring.jdbc.template.query-timeout=900s");
		ConfigurableApplicationContext second = null;
		try {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			System.out.println("durability: fsync=" + jdbc.sql("show fsync").query(String.class).single()
					+ ", synchronous_commit=" + jdbc.sql("show synchronous_commit").query(String.class).single());
			if (rows > 0) {
				DossierBenchmark.load(context, rows);
			}
			List<String> table = new ArrayList<>();
			table.add("| request | sessions | req/s | p50 ms | p95 ms | p99 ms | errors (non-2xx/3xx) | socket errors | time-outs |");
			table.add("|---|---|---|---|---|---|---|---|---|");

			List<String> sessions = signIn("motcua", Math.max(1, java.util.Arrays.stream(levels).max().orElse(1)));
			String cookies = String.join(",", sessions);
			// reports are for heads of agency, not the desk officer
			String heads = String.join(",",
					signIn("giamdoc", Math.max(1, java.util.Arrays.stream(levels).max().orElse(1))));
			String basic = "Basic " + Base64.getEncoder()
				.encodeToString(("motcua:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
			List<String> codes = jdbc
				.sql("select d.code from dossier d join agency a on a.id = d.agency_id where a.code = 'SNV-HT' "
						+ "order by d.received_at desc nulls last limit 50")
				.query(String.class)
				.list();
			List<String> lookups = jdbc
				.sql("select '/tra-cuu?code=' || code || '&key=' || lookup_key from dossier "
						+ "where lookup_key is not null order by received_at desc nulls last limit 50")
				.query(String.class)
				.list();
			String intakeBody = """
					{"procedureCode": "2.002354", "channel": "DIRECT",
					 "applicant": {"fullName": "Nguyễn Văn Tải", "idNumber": "042090000001", "address": "Hà Tĩnh"},
					 "components": [{"code": "TK", "original": true, "copies": 1}, {"code": "QD", "original": true, "copies": 1},
					                {"code": "HC", "original": true, "copies": 1}]}""";
			Map<String, Map<String, String>> requests = new java.util.LinkedHashMap<>();
			requests.put("desk page /", Map.of("PATHS", "/", "COOKIES", cookies));
			requests.put("dossier list /ho-so", Map.of("PATHS", "/ho-so", "COOKIES", cookies));
			requests.put("inboxes /ho-so?inbox=…", Map.of("PATHS",
					"/ho-so?inbox=OVERDUE,/ho-so?inbox=DUE_TODAY,/ho-so?inbox=TO_ACCEPT,/ho-so?inbox=MINE", "COOKIES",
					cookies));
			requests.put("dossier page /ho-so/{code}",
					Map.of("PATHS", String.join(",", codes.stream().map(c -> "/ho-so/" + c).toList()), "COOKIES",
							cookies));
			requests.put("II.06a page, quarter", Map.of("PATHS", "/bao-cao/II.06a?period=2026-Q3", "COOKIES", heads));
			requests.put("public search /thu-tuc?q=ho chieu", Map.of("PATHS", "/thu-tuc?q=ho%20chieu"));
			requests.put("public lookup /tra-cuu (30/min per address)", Map.of("PATHS", String.join(",", lookups)));
			requests.put("API read GET /api/v1/dossiers (Basic)", Map.of("PATHS", "/api/v1/dossiers", "AUTH", basic));
			// writes by the desks of five agencies, each in its own (a dossier code has 9,999 numbers per agency and day)
			List<String> auths = new ArrayList<>(List.of(basic));
			List<String> bodies = new ArrayList<>(List.of(intakeBody));
			for (int a = 5; a <= 8; a++) { // not the intake's agencies (DossierBenchmark.throughput)
				auths.add("Basic " + Base64.getEncoder()
					.encodeToString(("chuyenvien" + a + ":" + DossierBenchmark.PASSWORD).getBytes(StandardCharsets.UTF_8)));
				bodies.add(intakeBody.replace("2.002354", "B." + a));
			}
			requests.put("API write POST /api/v1/dossiers (Basic, 5 agencies)", Map.of("PATHS", "/api/v1/dossiers",
					"AUTHS", String.join("|", auths), "BODIES", String.join("|", bodies).replace("\n", " ")));
			// Warm-up: a server that has run for a while, not one just started. On two cores the JIT keeps compiling
			// for about a minute: the intake's JVM CPU per dossier was 7.1 ms over the 30 s after a 5 s warm-up and
			// 4.0 ms over the next 30 s (PageProbe, 4 Dec 2026), and the first measurement of a run (the static file at
			// one session) varied from 585 to 983 req/s. So everything measured below runs first, the intake for
			// load.warmup seconds (default 60) and each request for load.warmup-each seconds (default 30) at 50
			// connections. The pages take longer than the intake: the dossier list at 50 sessions read 223 req/s over
			// its first 40 s, 377 over the next 20 and 510-590 after four minutes of pages (wave 9).
			DossierBenchmark.throughput(context, Integer.getInteger("load.warmup", 60), 8);
			// The API writes only for `seconds` at 10 connections: they use up the daily dossier numbers of their five
			// agencies (9,999 each), and the intake above has warmed their path.
			int warmupEach = Integer.getInteger("load.warmup-each", 30);
			warmUp(script, requests, warmupEach, seconds, BASE);

			// the ceiling: the database alone and a static file from the same server. TPC-B and the intake each start
			// right after a checkpoint, so that neither pays for writing out what came before it (pgbench -i's million
			// accounts, the warm-up's dossiers) while the other does not: in run O of wave 8 the intake made 187
			// dossiers/s in its warm-up before pgbench and 151 after it
			pgbench("-i", "-q", "-s", "10");
			jdbc.sql("checkpoint").update();
			String selectOnly = pgbench("-S", "-c", "8", "-j", "2", "-T", Integer.toString(seconds));
			jdbc.sql("checkpoint").update();
			// TPC-B and the intake over the same window, each right after a checkpoint; 20 s at least: over 10 s the
			// share moved from 43 % to 78 % between runs of one commit (wave 8)
			int window = Math.max(20, seconds * 2);
			String tpcb = pgbench("-c", "8", "-j", "2", "-T", Integer.toString(window));
			for (int level : levels) {
				table.add(row("ceiling: static file /css/app.css", level,
						wrk(script, level, seconds, Map.of("PATHS", "/css/app.css"))));
			}
			DossierBenchmark.throughput(context, seconds, 8); // after pgbench: the intake's path again
			jdbc.sql("checkpoint").update();
			long dossiers = DossierBenchmark.throughput(context, window, 8);
			double intake = dossiers / (double) window;

			for (var request : requests.entrySet()) {
				wrk(script, 4, Math.max(2, seconds / 2), request.getValue());
				for (int level : levels) {
					table.add(row(request.getKey(), level, wrk(script, level, seconds, request.getValue())));
				}
			}
			List<String> twoTable = new ArrayList<>();
			if (twoInstances) {
				// the same requests, half the connections to each of two instances on the same database; the
				// sessions signed in on the first are used on both (Spring Session JDBC)
				second = SpringApplication.run(MotCuaApplication.class, "--server.port=" + SECOND_HTTP_PORT,
						"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
						"--spring.datasource.username=postgres", "--motcua.data-dir=target/load-benchmark-2",
						"--motcua.demo-data=false", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
						"--spring.jdbc.template.query-timeout=900s");
				twoTable.add(table.get(0));
				twoTable.add(table.get(1));
				// the second instance warms up as the first did (both get the connections, the first is warm already)
				warmUp(script, requests, warmupEach, seconds, BASE, SECOND_BASE);
				for (int level : levels) {
					twoTable.add(row("ceiling: static file /css/app.css", level,
							wrk(script, level, seconds, Map.of("PATHS", "/css/app.css"), BASE, SECOND_BASE)));
				}
				for (var request : requests.entrySet()) {
					wrk(script, 4, Math.max(2, seconds / 2), request.getValue(), BASE, SECOND_BASE);
					for (int level : levels) {
						twoTable.add(row(request.getKey(), level,
								wrk(script, level, seconds, request.getValue(), BASE, SECOND_BASE)));
					}
				}
			}
			System.out.println();
			System.out.printf(Locale.ROOT, "Dossiers loaded: %,d. Ceiling: pgbench select-only %s tps, TPC-B %s tps.%n",
					rows, tps(selectOnly), tps(tpcb));
			System.out.printf(Locale.ROOT,
					"Durable intake + 5 transitions: %.1f dossiers/s = %.0f transactions/s = %.0f %% of pgbench TPC-B.%n",
					intake, intake * 6, 100 * intake * 6 / Double.parseDouble(tps(tpcb)));
			System.out.println();
			System.out.println("One instance (port " + HTTP_PORT + "):");
			System.out.println();
			table.forEach(System.out::println);
			if (twoInstances) {
				System.out.println();
				System.out.println("Two instances (ports " + HTTP_PORT + " and " + SECOND_HTTP_PORT
						+ ", same PostgreSQL, same sessions; each wrk gets half the connections; req/s and errors "
						+ "are summed, p50/p95/p99 are the worse of the two):");
				System.out.println();
				twoTable.forEach(System.out::println);
			}
		}
		finally {
			if (second != null) {
				second.close();
			}
			context.close();
			postgres.close();
			Files.deleteIfExists(script);
		}
	}

	/** An embedded PostgreSQL on {@code port} with durable commits, as production runs it. */
	static EmbeddedPostgres.Builder durablePostgres(int port) {
		return EmbeddedPostgres.builder()
			.setPort(port)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("max_connections", "100")
			.setServerConfig("timezone", "UTC");
	}

	/**
	 * The static file and every request for {@code warmupEach} seconds at 50 connections, the API writes for
	 * {@code seconds} at 10 (they use up their agencies' daily dossier numbers), on the given instances.
	 */
	static void warmUp(Path script, Map<String, Map<String, String>> requests, int warmupEach, int seconds,
			String... bases) throws Exception {
		wrk(script, 50, warmupEach, Map.of("PATHS", "/css/app.css"), bases);
		for (var request : requests.entrySet()) {
			boolean writes = request.getKey().startsWith("API write");
			wrk(script, writes ? 10 : 50, writes ? seconds : warmupEach, request.getValue(), bases);
		}
	}

	static String row(String name, int level, String[] r) {
		double rps = Long.parseLong(r[0]) / (Long.parseLong(r[1]) / 1e6);
		return String.format(Locale.ROOT, "| %s | %d | %.0f | %s | %s | %s | %s | %s | %s |", name, level, rps, r[5],
				r[6], r[7], r[2], r[4], r[3]);
	}

	/** Runs wrk and returns the fields of its RESULT line: requests, µs, status errors, time-outs, socket errors, p50, p95, p99. */
	static String[] wrk(Path script, int connections, int seconds, Map<String, String> env) throws Exception {
		return wrk(script, connections, seconds, env, BASE);
	}

	/**
	 * Runs one wrk per address at once, the connections shared between them, and merges their results: requests,
	 * errors and time-outs summed, the longest duration, the worse percentiles.
	 */
	static String[] wrk(Path script, int connections, int seconds, Map<String, String> env, String... bases)
			throws Exception {
		List<Process> processes = new ArrayList<>();
		for (int i = 0; i < bases.length; i++) {
			int share = Math.max(1, connections / bases.length + (i < connections % bases.length ? 1 : 0));
			ProcessBuilder builder = new ProcessBuilder("wrk", "-t" + Math.min(2, share), "-c" + share,
					"-d" + seconds + "s", "--timeout", "5s", "-s", script.toString(), bases[i]);
			builder.environment().putAll(env);
			processes.add(builder.redirectErrorStream(true).start());
		}
		String[] merged = null;
		for (Process process : processes) {
			String result = null;
			try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
				for (String line; (line = out.readLine()) != null;) {
					if (line.startsWith("RESULT ")) {
						result = line.substring(7);
					}
				}
			}
			process.waitFor();
			if (result == null) {
				throw new IllegalStateException("wrk gave no result");
			}
			String[] r = result.trim().split(" ");
			if (merged == null) {
				merged = r;
				continue;
			}
			for (int f = 0; f < r.length; f++) {
				merged[f] = switch (f) {
					case 1 -> Long.toString(Math.max(Long.parseLong(merged[f]), Long.parseLong(r[f])));
					case 5, 6, 7 -> Double.parseDouble(merged[f]) >= Double.parseDouble(r[f]) ? merged[f] : r[f];
					default -> Long.toString(Long.parseLong(merged[f]) + Long.parseLong(r[f]));
				};
			}
		}
		settle();
		return merged;
	}

	/** Waits until requests left over from the last run are served (a static file answers within a second). */
	static void settle() throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(1)).build();
		for (int i = 0; i < 120; i++) {
			long start = System.nanoTime();
			try {
				client.send(HttpRequest.newBuilder(URI.create(BASE + "/css/app.css"))
					.timeout(java.time.Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.discarding());
				if (System.nanoTime() - start < 1_000_000_000L) {
					return;
				}
			}
			catch (java.io.IOException ex) {
				// still busy
			}
			Thread.sleep(500);
		}
	}

	static String pgbench(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("pgbench", "-h", "localhost", "-p", Integer.toString(PG_PORT),
				"-U", "postgres"));
		command.addAll(List.of(args));
		command.add("postgres");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		return output;
	}

	static String tps(String pgbenchOutput) {
		Matcher m = Pattern.compile("tps = ([0-9.]+)").matcher(pgbenchOutput);
		return m.find() ? m.group(1) : "0";
	}

	/** Signs in {@code count} times through the login form; the session cookies. */
	static List<String> signIn(String username, int count) throws Exception {
		List<String> cookies = new ArrayList<>();
		Pattern csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
		for (int i = 0; i < count; i++) {
			CookieManager jar = new CookieManager();
			HttpClient client = HttpClient.newBuilder().cookieHandler(jar).build();
			String page = client.send(HttpRequest.newBuilder(URI.create(BASE + "/dang-nhap")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			Matcher m = csrf.matcher(page);
			if (!m.find()) {
				throw new IllegalStateException("no CSRF token on the sign-in page");
			}
			String form = "username=" + username + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
					+ "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
			client.send(HttpRequest.newBuilder(URI.create(BASE + "/dang-nhap"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.discarding());
			cookies.add(jar.getCookieStore()
				.getCookies()
				.stream()
				.filter(c -> c.getName().equals("JSESSIONID") || c.getName().equals("SESSION"))
				.map(c -> c.getName() + "=" + c.getValue())
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("sign-in gave no session")));
		}
		return cookies;
	}
}
