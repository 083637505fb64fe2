package vn.motcua.exchange;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.MotCuaApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proof of issue #17: two deployments of the application, each its own JVM on its own port with its own embedded
 * PostgreSQL (a province, node PROVINCE, and the Ministry, node MINISTRY, hosting BNG-CLS), trust each other's keys.
 * The province takes in and forwards {@code exchange.dossiers} (default 200 in {@code mvn -B verify}, keeping CI short; the 1,000 with
 * {@code -Dexchange.dossiers=1000}) passport dossiers to BNG-CLS; in the
 * middle the Ministry is killed (SIGKILL) and started again; the Ministry completes every linked dossier as it
 * arrives while the province is killed and started again. Then every dossier arrived exactly once, every result came
 * back, every province dossier is completed, both II.06a reports count each dossier once, and both message logs
 * verify. Hand-offs per second and the forward → linked-dossier latency are written to
 * {@code target/exchange-benchmark.txt}.
 */
class TwoDeploymentsExchangeTests {

	static final int DOSSIERS = Integer.getInteger("exchange.dossiers", 200);

	/** {@code -Dexchange.kill=false}: no outage, for the calm-state benchmark (the proof runs with the kills). */
	static final boolean KILL = Boolean.parseBoolean(System.getProperty("exchange.kill", "true"));

	static final String PASSWORD = "MotCua@2026";

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	@TempDir
	Path dir;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** One deployment: a child JVM on its data folder, restartable. */
	final class Node {

		final String name;

		final int port;

		final Path data;

		Process process;

		int starts;

		Node(String name) throws IOException {
			this.name = name;
			this.port = freePort();
			this.data = dir.resolve(name.toLowerCase());
		}

		void start() throws IOException {
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Xmx640m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
					MotCuaApplication.class.getName(), "--motcua.data-dir=" + data, "--server.port=" + port,
					"--motcua.demo-data=true", "--motcua.demo-dossiers=0", "--spring.main.banner-mode=off",
					"--motcua.exchange.node-code=" + name, "--motcua.exchange.demo-loopback=false",
					"--motcua.outbox.poll-interval=200ms", "--motcua.outbox.batch-size=100",
					"--motcua.outbox.initial-backoff=500ms", "--motcua.outbox.max-backoff=3s",
					"--motcua.outbox.max-attempts=1000", "--motcua.outbox.jitter=200ms", "--motcua.outbox.lease=30s"));
			process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "exchange-" + name.toLowerCase() + ".log").toFile()))
				.start();
			starts++;
		}

		void awaitUp() throws InterruptedException {
			long end = System.nanoTime() + Duration.ofSeconds(600).toNanos();
			while (System.nanoTime() < end) {
				assertThat(process.isAlive()).as(name + " exited while starting").isTrue();
				try {
					if (http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).build(),
							HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						return;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				Thread.sleep(500);
			}
			throw new AssertionError(name + " did not start");
		}

		void kill() throws InterruptedException {
			process.destroyForcibly().waitFor();
		}

		void stop() throws InterruptedException {
			if (process != null) {
				process.destroy();
				if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
					process.destroyForcibly().waitFor();
				}
			}
			// an orphaned PostgreSQL (after a SIGKILL) is ended too
			postmaster().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroy);
		}

		String base() {
			return "http://localhost:" + port;
		}

		java.util.Optional<Long> postmaster() {
			try {
				List<String> lines = Files.readAllLines(data.resolve("postgres").resolve("postmaster.pid"));
				return java.util.Optional.of(Long.parseLong(lines.get(0).trim()));
			}
			catch (IOException | RuntimeException ex) {
				return java.util.Optional.empty();
			}
		}

		Connection db() throws IOException, SQLException {
			List<String> lines = Files.readAllLines(data.resolve("postgres").resolve("postmaster.pid"));
			String password = Files.readString(data.resolve("secrets").resolve("db-password")).trim();
			return DriverManager.getConnection("jdbc:postgresql://localhost:" + lines.get(3).trim() + "/postgres",
					"postgres", password);
		}

		long count(String sql) throws Exception {
			for (int attempt = 0;; attempt++) {
				try (Connection c = db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
					rs.next();
					return rs.getLong(1);
				}
				catch (IOException | SQLException ex) {
					if (attempt > 60) {
						throw ex;
					}
					Thread.sleep(1000);
				}
			}
		}

		List<String> strings(String sql) throws Exception {
			try (Connection c = db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
				List<String> result = new ArrayList<>();
				while (rs.next()) {
					result.add(rs.getString(1));
				}
				return result;
			}
		}

		HttpResponse<String> call(String method, String path, String user, String body) throws Exception {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
				.timeout(Duration.ofSeconds(60))
				.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json");
			request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
					: request.method(method, HttpRequest.BodyPublishers.ofString(body));
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

	@Test
	void dossiersGoToTheMinistryAndBackExactlyOnceWhileEachSideIsKilledAndRestarted() throws Exception {
		Node province = new Node("PROVINCE");
		Node ministry = new Node("MINISTRY");
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			province.start();
			ministry.start();
			province.awaitUp();
			ministry.awaitUp();
			trust(province, ministry, "BNG-CLS");
			trust(ministry, province, "SNV-HT");

			// 1. the province takes in and forwards; the Ministry is killed at 30 % and started again at 60 %
			Map<String, Long> forwardedAt = new ConcurrentHashMap<>();
			AtomicInteger done = new AtomicInteger();
			List<Future<?>> clients = new ArrayList<>();
			long started = System.currentTimeMillis();
			for (int i = 0; i < DOSSIERS; i++) {
				int n = i;
				clients.add(pool.submit(() -> {
					String code = intakeAndForward(province, n);
					forwardedAt.put(code, System.currentTimeMillis());
					done.incrementAndGet();
					return null;
				}));
			}
			long ministryRestarted = 0;
			if (KILL) {
				awaitCount(done, DOSSIERS * 3 / 10);
				ministry.kill();
				awaitCount(done, DOSSIERS * 6 / 10);
				ministryRestarted = System.currentTimeMillis();
				ministry.start();
			}
			for (Future<?> client : clients) {
				client.get();
			}
			long forwardsDone = System.currentTimeMillis();
			assertThat(province.count("select count(*) from outbox_message where destination = 'PEER:MINISTRY'"))
				.as("every forward enqueued a message with the dossier change").isEqualTo(DOSSIERS);
			ministry.awaitUp();

			// 2. the Ministry completes each linked dossier as it arrives; the province is killed and started again
			AtomicInteger completed = new AtomicInteger();
			boolean provinceKilled = false;
			long provinceRestarted = 0;
			long deadline = System.currentTimeMillis() + Duration.ofMinutes(15).toMillis();
			while (completed.get() < DOSSIERS && System.currentTimeMillis() < deadline) {
				List<String> waiting = ministry.strings("select d.code from dossier d join agency a on a.id = d.agency_id "
						+ "where a.code = 'BNG-CLS' and d.status = 'RECEIVED' order by d.code limit 300");
				List<Future<?>> batch = new ArrayList<>();
				for (String code : waiting) {
					batch.add(pool.submit(() -> {
						HttpResponse<String> r = ministry.call("POST", "/api/v1/dossiers/" + code + "/actions", "cuclanhsu",
								"{\"action\": \"COMPLETE\", \"note\": \"Đã cấp hộ chiếu\"}");
						assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
						completed.incrementAndGet();
						return null;
					}));
				}
				for (Future<?> f : batch) {
					f.get();
				}
				if (KILL && !provinceKilled && completed.get() >= DOSSIERS / 3) {
					province.kill();
					provinceKilled = true;
					provinceRestarted = System.currentTimeMillis();
					province.start();
				}
				if (waiting.isEmpty()) {
					Thread.sleep(500);
				}
			}
			assertThat(provinceKilled).as("the province was killed while results flowed back").isEqualTo(KILL);
			province.awaitUp();
			long resultsBack = awaitQuery(province, "select count(*) from dossier where status = 'COMPLETED'", DOSSIERS,
					Duration.ofMinutes(10));
			long finished = System.currentTimeMillis();

			// 3. exactly once, everything back, statuses converge
			assertThat(ministry.count("select count(*) from dossier d join agency a on a.id = d.agency_id where a.code = 'BNG-CLS'"))
				.as("every dossier arrived exactly once").isEqualTo(DOSSIERS);
			assertThat(ministry.count("select count(distinct external_id) from dossier d join agency a on a.id = d.agency_id where a.code = 'BNG-CLS'"))
				.isEqualTo(DOSSIERS);
			assertThat(ministry.count("select count(*) from exchange_link where role = 'LINKED'")).isEqualTo(DOSSIERS);
			assertThat(ministry.count("select count(*) from dossier where status = 'COMPLETED'")).isEqualTo(DOSSIERS);
			assertThat(resultsBack).as("every result came back").isEqualTo(DOSSIERS);
			assertThat(province.count("select count(*) from exchange_leg_event where action = 'COMPLETE'")).isEqualTo(DOSSIERS);
			assertThat(province.count("select count(distinct other_code) from exchange_link where role = 'ORIGIN'")).isEqualTo(DOSSIERS);
			assertThat(province.count("select count(*) from dossier where status = 'FORWARDED'")).isZero();

			// 4. each report counts each dossier once
			LocalDate today = LocalDate.now(VN);
			String period = "from=" + today.minusDays(3) + "&to=" + today.plusDays(1);
			assertReport(province, "SNV-HT", period);
			assertReport(ministry, "BNG-CLS", period);

			// 5. both message logs verify
			for (Node node : List.of(province, ministry)) {
				HttpResponse<String> verify = node.call("GET", "/api/v1/exchange/log/verify", "admin", null);
				assertThat((Boolean) JsonPath.read(verify.body(), "$.intact")).as(node.name + ": " + verify.body()).isTrue();
			}

			// benchmark: forward → linked dossier created at the Ministry
			List<Long> latencies = new ArrayList<>();
			try (Connection c = ministry.db(); Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("select external_id, received_at from dossier where external_id like 'PROVINCE:%'")) {
				while (rs.next()) {
					String origin = rs.getString(1).substring("PROVINCE:".length());
					long created = rs.getTimestamp(2).getTime();
					Long forwarded = forwardedAt.get(origin);
					if (forwarded != null) {
						latencies.add(Math.max(0, created - forwarded));
					}
				}
			}
			Collections.sort(latencies);
			String report = "dossiers=" + DOSSIERS + "\nforward phase (intake+forward, 6 clients, ministry killed at 30 %, restarted at 60 %): "
					+ (forwardsDone - started) + " ms\n" + "hand-offs per second (forwarded → linked created, whole run incl. outage): "
					+ String.format("%.1f", DOSSIERS * 1000.0 / Math.max(1, (maxCreated(ministry) - started)))
					+ "\nforward → linked dossier latency ms: p50=" + pct(latencies, 50) + " p95=" + pct(latencies, 95)
					+ " max=" + pct(latencies, 100)
					+ "\nround trip until every result was back: " + (finished - started) + " ms\n";
			report += "p95 of the first 15 % forwarded (before the Ministry was killed): "
					+ calmP95(ministry, forwardedAt, DOSSIERS * 3 / 10) + " ms\n";
			if (KILL) {
				// after-kill recovery: from the restart (a new JVM and its database) to the first message the other
				// side delivered to it, and to the last one it had queued meanwhile
				report += "ministry restart → first hand-off delivered to it: "
						+ (delivered(province, "PEER:MINISTRY", "min", ministryRestarted) - ministryRestarted)
						+ " ms; → its backlog delivered: "
						+ (delivered(province, "PEER:MINISTRY", "max", ministryRestarted) - ministryRestarted) + " ms\n";
				report += "province restart → first result delivered to it: "
						+ (delivered(ministry, "PEER:PROVINCE", "min", provinceRestarted) - provinceRestarted)
						+ " ms; → every result delivered: "
						+ (delivered(ministry, "PEER:PROVINCE", "max", provinceRestarted) - provinceRestarted) + " ms\n";
			}
			Files.writeString(Path.of("target", "exchange-benchmark.txt"), report);
			System.out.println(report);
		}
		finally {
			pool.shutdownNow();
			province.stop();
			ministry.stop();
		}
	}

	/** {@code to} trusts {@code from}: its node code, its current public key and the agency {@code from} hosts. */
	void trust(Node to, Node from, String agency) throws Exception {
		HttpResponse<String> key = from.call("GET", "/api/v1/exchange/key", "admin", null);
		assertThat(key.statusCode()).as(key.body()).isEqualTo(200);
		String publicKey = JsonPath.read(key.body(), "$.keys[-1].publicKey");
		HttpResponse<String> created = to.call("POST", "/api/v1/exchange/peers", "admin", """
				{"code": "%s", "name": "%s", "baseUrl": "%s", "agencies": ["%s"], "active": true,
				 "keys": [{"publicKey": "%s"}]}""".formatted(from.name, "Hệ thống " + from.name, from.base(), agency, publicKey));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
	}

	String intakeAndForward(Node province, int n) throws Exception {
		HttpResponse<String> intake = province.call("POST", "/api/v1/dossiers", "motcua", """
				{"procedureCode": "2.002352", "channel": "DIRECT",
				 "applicant": {"fullName": "Người nộp %d", "idNumber": "0380%08d", "phone": "0912345678"},
				 "components": [{"code": "TK", "original": true, "copies": 1}, {"code": "QD", "original": true, "copies": 1},
				                {"code": "ANH", "original": true, "copies": 2}]}""".formatted(n, n));
		assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
		String code = JsonPath.read(intake.body(), "$.code");
		HttpResponse<String> forward = province.call("POST", "/api/v1/dossiers/" + code + "/actions", "motcua",
				"{\"action\": \"FORWARD\", \"agencyCode\": \"BNG-CLS\", \"note\": \"Chuyển Cục Lãnh sự\"}");
		assertThat(forward.statusCode()).as(forward.body()).isEqualTo(200);
		return code;
	}

	void assertReport(Node node, String agency, String period) throws Exception {
		HttpResponse<String> report = node.call("GET", "/api/v1/reports/II.06a?agency=" + agency + "&" + period, "admin", null);
		assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
		int received = JsonPath.read(report.body(), "$.total.cells.3");
		int resolved = JsonPath.read(report.body(), "$.total.cells.7");
		assertThat(received).as(node.name + " II.06a (3) counts each dossier once").isEqualTo(DOSSIERS);
		assertThat(resolved).as(node.name + " II.06a (7)").isEqualTo(DOSSIERS);
	}

	static void awaitCount(AtomicInteger count, int target) throws InterruptedException {
		while (count.get() < target) {
			Thread.sleep(100);
		}
	}

	static long awaitQuery(Node node, String sql, long expected, Duration timeout) throws Exception {
		long end = System.nanoTime() + timeout.toNanos();
		long value = -1;
		while (System.nanoTime() < end) {
			value = node.count(sql);
			if (value >= expected) {
				return value;
			}
			Thread.sleep(1000);
		}
		return value;
	}

	/** The first or last ({@code agg} min or max) delivery to {@code destination} by {@code node} after {@code since}. */
	static long delivered(Node node, String destination, String agg, long since) throws Exception {
		try (Connection c = node.db();
				java.sql.PreparedStatement s = c.prepareStatement("select " + agg
						+ "(delivered_at) from outbox_message where destination = ? and delivered_at > ?")) {
			s.setString(1, destination);
			s.setTimestamp(2, new java.sql.Timestamp(since));
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				return rs.getTimestamp(1) == null ? since : rs.getTimestamp(1).getTime();
			}
		}
	}

	static long maxCreated(Node ministry) throws Exception {
		try (Connection c = ministry.db(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select max(received_at) from dossier where external_id like 'PROVINCE:%'")) {
			rs.next();
			return rs.getTimestamp(1).getTime();
		}
	}

	/** p95 of the dossiers forwarded first, before the Ministry was killed. */
	static long calmP95(Node ministry, Map<String, Long> forwardedAt, int first) throws Exception {
		List<Map.Entry<String, Long>> order = new ArrayList<>(forwardedAt.entrySet());
		order.sort(Map.Entry.comparingByValue());
		Map<String, Long> early = new java.util.HashMap<>();
		order.subList(0, Math.min(first / 2, order.size())).forEach(e -> early.put(e.getKey(), e.getValue()));
		List<Long> latencies = new ArrayList<>();
		try (Connection c = ministry.db(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select external_id, received_at from dossier where external_id like 'PROVINCE:%'")) {
			while (rs.next()) {
				Long forwarded = early.get(rs.getString(1).substring("PROVINCE:".length()));
				if (forwarded != null) {
					latencies.add(Math.max(0, rs.getTimestamp(2).getTime() - forwarded));
				}
			}
		}
		Collections.sort(latencies);
		return pct(latencies, 95);
	}

	static long pct(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return -1;
		}
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1 < 0 ? 0
				: (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
