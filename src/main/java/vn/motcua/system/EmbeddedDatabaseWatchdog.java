package vn.motcua.system;

import java.io.IOException;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Starts the embedded PostgreSQL again when its postmaster has died (killed, out of memory), checking every
 * {@code motcua.embedded-db.watch-interval} (2 s). As a health indicator ({@code embeddedDatabase}, in the liveness
 * group) it is DOWN when the server is down and could not be started again, so an orchestrator restarts the app;
 * while the database is down the readiness group (which includes {@code db}) is DOWN.
 */
class EmbeddedDatabaseWatchdog implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseWatchdog.class);

	private final EmbeddedPostgresServer server;

	private volatile int restarts;

	private volatile @Nullable String lastFailure;

	private volatile @Nullable Instant lastRestart;

	EmbeddedDatabaseWatchdog(EmbeddedPostgresServer server) {
		this.server = server;
	}

	@Scheduled(fixedDelayString = "${motcua.embedded-db.watch-interval:2s}")
	void watch() {
		if (server.isRunning()) {
			return;
		}
		try {
			server.restart();
			restarts++;
			lastRestart = Instant.now();
			lastFailure = null;
		}
		catch (IOException | RuntimeException ex) {
			lastFailure = ex.getMessage();
			log.error("Embedded PostgreSQL could not be started again; retrying", ex);
		}
	}

	@Override
	public Health health() {
		boolean running = server.isRunning();
		// down only when the watchdog could not heal it: then only a restart of the application helps
		Health.Builder health = running || lastFailure == null ? Health.up() : Health.down();
		health.withDetail("running", running).withDetail("port", server.port()).withDetail("restarts", restarts);
		if (lastRestart != null) {
			health.withDetail("lastRestart", lastRestart.toString());
		}
		if (lastFailure != null) {
			health.withDetail("lastFailure", lastFailure);
		}
		return health.build();
	}
}
