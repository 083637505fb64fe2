package vn.motcua.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clients of the one-stop desk taking in dossiers over the API as fast as they can, each with HTTP Basic as the
 * demo officer {@code motcua}. Records the code of every dossier that was acknowledged with 201, and how often each
 * status (or {@code IO} for a broken connection) was seen.
 */
final class IntakeClients implements AutoCloseable {

	private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");

	final List<String> acknowledged = new ArrayList<>();

	final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();

	private final ConcurrentLinkedQueue<String> codes = new ConcurrentLinkedQueue<>();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final List<Thread> threads = new ArrayList<>();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final AtomicInteger sequence = new AtomicInteger();

	IntakeClients(int port, int clients, String procedureCode) {
		String auth = "Basic " + Base64.getEncoder().encodeToString("motcua:MotCua@2026".getBytes(StandardCharsets.UTF_8));
		URI uri = URI.create("http://localhost:" + port + "/api/v1/dossiers");
		for (int i = 0; i < clients; i++) {
			Thread thread = new Thread(() -> {
				while (running.get()) {
					String body = """
							{"procedureCode": "%s", "channel": "DIRECT",
							 "applicant": {"fullName": "Người nộp %d", "idNumber": "042090000001"},
							 "components": [{"code": "TK", "original": true, "copies": 1},
							                {"code": "QD", "original": true, "copies": 1},
							                {"code": "ANH", "copies": 2}]}"""
						.formatted(procedureCode, sequence.incrementAndGet());
					HttpRequest request = HttpRequest.newBuilder(uri)
						.timeout(Duration.ofSeconds(20))
						.header("Authorization", auth)
						.header("Content-Type", "application/json")
						.header("Accept", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build();
					String outcome;
					try {
						HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
						outcome = Integer.toString(response.statusCode());
						Matcher code = CODE.matcher(response.body());
						if (response.statusCode() == 201 && code.find()) {
							codes.add(code.group(1));
						}
						else if (response.statusCode() != 201) {
							pause(200);
						}
					}
					catch (InterruptedException ex) {
						return;
					}
					catch (Exception ex) {
						outcome = "IO";
						pause(200);
					}
					outcomes.computeIfAbsent(outcome, o -> new AtomicInteger()).incrementAndGet();
				}
			}, "intake-client-" + i);
			thread.setDaemon(true);
			threads.add(thread);
			thread.start();
		}
	}

	int acknowledgedSoFar() {
		return codes.size();
	}

	/** Waits until {@code more} dossiers beyond {@code from} were acknowledged, or the timeout passes. */
	boolean awaitAcknowledged(int count, Duration timeout) throws InterruptedException {
		long end = System.nanoTime() + timeout.toNanos();
		while (codes.size() < count && System.nanoTime() < end) {
			Thread.sleep(100);
		}
		return codes.size() >= count;
	}

	@Override
	public void close() throws InterruptedException {
		running.set(false);
		for (Thread thread : threads) {
			thread.join(30_000);
		}
		acknowledged.addAll(codes);
	}

	int count(String outcome) {
		AtomicInteger n = outcomes.get(outcome);
		return n == null ? 0 : n.get();
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
