package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Implemented by modules that hold open deadlines (dossiers, feedback), so that the calendar page can list what an
 * edit of a year table would change before it is saved. An edit never moves a deadline already given.
 */
public interface OpenDeadlines {

	/**
	 * The open items whose deadline would differ under the new calendar.
	 * @param changedDays the days whose working/non-working status the edit changes
	 * @param recompute computes a deadline again: received-at instant → new deadline, under the edited calendar
	 */
	List<AffectedDeadline> affectedBy(Set<LocalDate> changedDays, Function<DeadlineRequest, OffsetDateTime> recompute);

	/** What to recompute: a start and a processing time. */
	record DeadlineRequest(OffsetDateTime from, WorkingDuration duration) {
	}

	/** One open item and its deadline now and under the edit. */
	record AffectedDeadline(String kind, String code, String title, OffsetDateTime currentDeadline,
			OffsetDateTime deadlineAfterEdit) {
	}
}
