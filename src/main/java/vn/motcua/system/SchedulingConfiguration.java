package vn.motcua.system;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
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
