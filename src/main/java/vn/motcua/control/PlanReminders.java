package vn.motcua.control;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.VietnamTime;

/**
 * The daily job that records a reminder for every task not done whose due day is within
 * {@code motcua.control.remind-days} (default 7) days, once per task and due day. The reminders show on the plan
 * page and the reminders page until the task is done. It also runs once when the application is ready, so a
 * start after 07:00 does not wait a day.
 */
@Component
class PlanReminders {

	private static final Logger log = LoggerFactory.getLogger(PlanReminders.class);

	private final ControlPlans plans;

	private final Clock clock;

	private final int days;

	PlanReminders(ControlPlans plans, Clock clock, @Value("${motcua.control.remind-days:7}") int days) {
		this.plans = plans;
		this.clock = clock;
		this.days = days;
	}

	@Scheduled(cron = "${motcua.control.remind-cron:0 0 7 * * *}", zone = VietnamTime.ZONE_ID)
	@SchedulerLock(name = "control-reminders", lockAtMostFor = "PT10M")
	@org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
	public void daily() {
		remind(VietnamTime.today(clock));
	}

	/** Records the reminders due on a day (tasks due from that day to {@code days} later); how many are new. */
	@Transactional
	int remind(LocalDate today) {
		int created = 0;
		for (var due : plans.dueBetween(today, today.plusDays(days))) {
			if (plans.remind(due.getKey(), due.getValue())) {
				created++;
			}
		}
		if (created > 0) {
			log.info("Control plans: {} task reminders recorded", created);
		}
		return created;
	}
}
