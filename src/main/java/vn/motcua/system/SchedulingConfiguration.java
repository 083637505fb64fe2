package vn.motcua.system;

import java.sql.SQLException;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.motcua.shared.DatabaseOutage;

/**
 * Scheduled work (outbox sender, control reminders) runs once across all instances on one database: a scheduled
 * run of a method marked {@code @SchedulerLock} takes a row of the {@code shedlock} table (database time) and the
 * other instances skip that run. Direct calls are not locked. The audit chainer needs no row: it takes a
 * PostgreSQL advisory lock itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(interceptMode = EnableSchedulerLock.InterceptMode.PROXY_SCHEDULER, defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SchedulingConfiguration.class);

	/**
	 * The {@code shedlock} rows, written through {@link OutageAwareJdbcTemplate}: ShedLock logs any
	 * {@code DataAccessException} of its own as an error with a stack trace before it gives up the run, which in an
	 * outage meant one a second beside the warning below.
	 */
	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new OutageAwareJdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	/**
	 * A {@code JdbcTemplate} whose "the database is unavailable" (connection lost, server restarting) is not a
	 * {@code DataAccessException}, so that ShedLock does not log it and it reaches {@link #failed} (one warning line)
	 * with its cause. A connection that cannot be had at all already reaches it: ShedLock's transaction fails to
	 * begin, which it does not log.
	 */
	static final class OutageAwareJdbcTemplate extends JdbcTemplate {

		OutageAwareJdbcTemplate(DataSource dataSource) {
			super(dataSource);
		}

		@Override
		protected DataAccessException translateException(String task, @Nullable String sql, SQLException ex) {
			if (DatabaseOutage.isCause(ex)) {
				throw new DatabaseUnavailable(ex);
			}
			return super.translateException(task, sql, ex);
		}
	}

	/** The lock's database could not be reached; the run is skipped. */
	static final class DatabaseUnavailable extends RuntimeException {

		DatabaseUnavailable(SQLException cause) {
			super("Không kết nối được cơ sở dữ liệu để giữ khóa tác vụ định kỳ: " + cause.getMessage(), cause);
		}
	}

	/**
	 * A scheduled job that finds the database down or restarting (the outbox sender, the audit chainer, every second)
	 * logs one warning line; it runs again by itself once the database is back. Anything else stays an error with its
	 * stack trace.
	 */
	@Bean
	ThreadPoolTaskSchedulerCustomizer databaseOutagesAreWarnings() {
		return scheduler -> scheduler.setErrorHandler(SchedulingConfiguration::failed);
	}

	static void failed(Throwable failure) {
		if (DatabaseOutage.isCause(failure)) {
			log.warn("Scheduled job skipped, the database is unavailable: {}", failure.getMessage());
		}
		else {
			log.error("Unexpected error occurred in scheduled task", failure);
		}
	}
}
