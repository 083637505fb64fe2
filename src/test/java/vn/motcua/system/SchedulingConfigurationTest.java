package vn.motcua.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/** A scheduled job during a database outage: one warning line each run, not an error with a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class SchedulingConfigurationTest {

	@Test
	void aDatabaseOutageInAScheduledJobIsAWarningAndABugStaysAnError(CapturedOutput output) throws Exception {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		new SchedulingConfiguration().databaseOutagesAreWarnings().customize(scheduler);
		scheduler.initialize();
		try {
			scheduler.schedule(() -> {
				throw new CannotGetJdbcConnectionException("Connection is not available, request timed out after 3000ms");
			}, java.time.Instant.now()).get();
			scheduler.schedule(() -> {
				throw new IllegalStateException("a bug");
			}, java.time.Instant.now()).get();
		}
		finally {
			scheduler.shutdown();
		}
		assertThat(output.getAll()).contains("WARN", "Scheduled job skipped, the database is unavailable")
			.contains("ERROR", "Unexpected error occurred in scheduled task", "java.lang.IllegalStateException: a bug")
			.doesNotContain("CannotGetJdbcConnectionException: Connection is not available");
	}

	/**
	 * ShedLock logs a {@code DataAccessException} of its lock table as an error with a stack trace, every second in an
	 * outage: a connection lost under its statement reaches the scheduler's handler instead, recognised as an outage.
	 */
	@Test
	void aLockLostToAnOutageIsLeftToTheSchedulersWarning(CapturedOutput output) {
		java.sql.Connection lost = (java.sql.Connection) java.lang.reflect.Proxy.newProxyInstance(
				getClass().getClassLoader(), new Class<?>[] { java.sql.Connection.class }, (proxy, method, args) -> {
					if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
						throw new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006");
					}
					if (method.getName().equals("getMetaData")) { // ShedLock asks which database it writes to
						return java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
								new Class<?>[] { java.sql.DatabaseMetaData.class },
								(meta, m, a) -> m.getReturnType() == String.class ? "PostgreSQL"
										: m.getReturnType() == int.class ? 18 : m.getReturnType() == boolean.class ? false : null);
					}
					Class<?> type = method.getReturnType();
					return type == boolean.class ? method.getName().equals("getAutoCommit")
							: type == int.class ? 0 : null;
				});
		javax.sql.DataSource down = new org.springframework.jdbc.datasource.AbstractDataSource() {
			@Override
			public java.sql.Connection getConnection() {
				return lost;
			}

			@Override
			public java.sql.Connection getConnection(String username, String password) {
				return lost;
			}
		};
		net.javacrumbs.shedlock.core.LockProvider locks = new SchedulingConfiguration().lockProvider(down);
		Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> locks.lock(
				new net.javacrumbs.shedlock.core.LockConfiguration(java.time.Instant.now(), "outbox-sender",
						java.time.Duration.ofMinutes(1), java.time.Duration.ZERO)));
		assertThat(failure).isNotNull();
		assertThat(vn.motcua.shared.DatabaseOutage.isCause(failure)).isTrue();
		assertThat(output.getAll()).doesNotContain("Unexpected exception").doesNotContain("ERROR");
		SchedulingConfiguration.failed(failure);
		assertThat(output.getAll()).contains("WARN", "Scheduled job skipped, the database is unavailable")
			.doesNotContain("ERROR");
	}
}
