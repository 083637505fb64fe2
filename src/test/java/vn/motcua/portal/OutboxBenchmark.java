package vn.motcua.portal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.MotCuaApplication;
import vn.motcua.outbox.OutboxManagement;
import vn.motcua.outbox.OutboxSender;
import vn.motcua.outbox.OutgoingMessage;

/**
 * Messages delivered per second to the fake national portal (not a unit test; run with {@code main}): N dossiers
 * with five status changes each are enqueued (100 dossiers per transaction), then the application's sender drains
 * them, first alone, then a second round with two sender threads. See docs/benchmarks.md.
 */
public final class OutboxBenchmark {

	public static void main(String[] args) throws Exception {
		int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
		ConfigurableApplicationContext context = SpringApplication.run(MotCuaApplication.class, "--server.port=0",
				"--motcua.embedded-db.ephemeral=true", "--motcua.embedded-db.port=55437", "--motcua.demo-data=false",
				"--motcua.portal.mode=fake", "--motcua.outbox.enabled=false", "--logging.level.root=WARN",
				"--spring.main.banner-mode=off");
		try {
			OutboxSender sender = context.getBean(OutboxSender.class);
			for (int threads : new int[] { 1, 2 }) {
				enqueue(context, dossiers);
				long start = System.nanoTime();
				ExecutorService pool = Executors.newFixedThreadPool(threads);
				List<Future<Integer>> runs = new ArrayList<>();
				for (int t = 0; t < threads; t++) {
					runs.add(pool.submit(sender::sendDue));
				}
				int sent = 0;
				for (Future<Integer> run : runs) {
					sent += run.get();
				}
				pool.shutdown();
				double seconds = (System.nanoTime() - start) / 1e9;
				long delivered = context.getBean(JdbcClient.class)
					.sql("select count(*) from portal_fake_receipt")
					.query(Long.class)
					.single();
				System.out.printf("%d sender thread(s): %d messages (%d dossiers x 5) in %.2f s = %.0f messages/s; "
						+ "fake portal holds %d%n", threads, sent, dossiers, seconds, sent / seconds, delivered);
			}
		}
		finally {
			context.close();
		}
	}

	private static void enqueue(ConfigurableApplicationContext context, int dossiers) {
		OutboxManagement outbox = context.getBean(OutboxManagement.class);
		JsonMapper json = context.getBean(JsonMapper.class);
		TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		int[] codes = { 2, 4, 5, 9, 10 };
		String run = UUID.randomUUID().toString().substring(0, 6);
		for (int from = 0; from < dossiers; from += 100) {
			int first = from;
			tx.executeWithoutResult(s -> {
				for (int d = first; d < Math.min(first + 100, dossiers); d++) {
					String code = "BENCH-" + run + "-" + d;
					for (int i = 0; i < codes.length; i++) {
						PortalStatusMessage m = new PortalStatusMessage(UUID.randomUUID(), code, i + 1, codes[i],
								NationalStatus.name(codes[i]), i == 0 ? null : codes[i - 1], "BENCH", OffsetDateTime.now());
						outbox.enqueue(new OutgoingMessage(m.messageId(), PortalSync.PORTAL, code, null, null,
								"application/json", json.writeValueAsBytes(m)));
					}
				}
			});
		}
	}
}
