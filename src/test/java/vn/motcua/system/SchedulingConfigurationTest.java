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
}
