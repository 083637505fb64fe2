package vn.motcua.feedback;

import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.WorkingDuration;

/**
 * The deadline of each step of a feedback item, counted in working days on the working calendar with the same rule
 * as dossiers (received before the cut-off on a working day: counted from the next working day), from the numbers in
 * {@link FeedbackSettings}.
 */
@Component
public class FeedbackDeadlines {

	/** Adds working days to a moment: the calendar's deadline rule. */
	interface WorkingDays {

		OffsetDateTime after(OffsetDateTime from, int amount);
	}

	private final WorkingDays calendar;

	private final FeedbackSettings settings;

	@org.springframework.beans.factory.annotation.Autowired
	FeedbackDeadlines(CalendarManagement calendar, FeedbackSettings settings) {
		this((from, amount) -> calendar.deadline(from, WorkingDuration.workingDays(amount)), settings);
	}

	/** With any working-day rule, e.g. a {@code WorkingCalendar} in tests without the database. */
	FeedbackDeadlines(WorkingDays calendar, FeedbackSettings settings) {
		this.calendar = calendar;
		this.settings = settings;
	}

	/** By when an item received at {@code received} must be classified or refused. */
	public OffsetDateTime classifyBy(OffsetDateTime received) {
		return days(received, settings.refuseDays());
	}

	/** By when an item outside the agency's authority must be forwarded. */
	public OffsetDateTime forwardBy(OffsetDateTime received) {
		return days(received, settings.forwardDays());
	}

	/** By when more information must be asked for. */
	public OffsetDateTime requestInfoBy(OffsetDateTime received) {
		return days(received, settings.infoRequestDays());
	}

	/** By when the answer is due, counted from receipt, forwarding or the information received. */
	public OffsetDateTime resolveBy(OffsetDateTime from) {
		return days(from, settings.resolveDays());
	}

	/** By when an answer given at {@code resolved} must be published. */
	public OffsetDateTime publishBy(OffsetDateTime resolved) {
		return days(resolved, settings.publishDays());
	}

	/** The end of the "due soon" window that starts now. */
	public OffsetDateTime dueSoonUntil(OffsetDateTime now) {
		return settings.dueSoonDays() == 0 ? now : days(now, settings.dueSoonDays());
	}

	private OffsetDateTime days(OffsetDateTime from, int amount) {
		return calendar.after(from, amount);
	}
}
