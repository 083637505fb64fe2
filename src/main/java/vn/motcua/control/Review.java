package vn.motcua.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A review and simplification plan item (rà soát, đơn giản hóa; DOMAIN.md §1.4): the procedures a year's plan
 * says to review and, for each one reviewed, the adopted outcome and the compliance cost before and after.
 */
public record Review(UUID id, UUID agencyId, int year, String planName, List<Item> items) {

	/** Procedures reviewed (outcome adopted) on or before a day. */
	public List<Item> reviewedBy(LocalDate day) {
		return items.stream().filter(i -> i.reviewedBy(day)).toList();
	}

	/** The compliance cost saved by the procedures reviewed by a day, in VND. */
	public long savingsVnd(LocalDate day) {
		return reviewedBy(day).stream().mapToLong(Item::savingsVnd).sum();
	}

	/** The compliance cost before simplification of the procedures reviewed by a day that carry costs, in VND. */
	public long costBeforeVnd(LocalDate day) {
		return reviewedBy(day).stream().filter(Item::costed).mapToLong(i -> i.costBeforeVnd()).sum();
	}

	/** Savings ÷ cost before, in percent, {@code null} when no cost was recorded. */
	public @Nullable Double savingsPercent(LocalDate day) {
		long before = costBeforeVnd(day);
		return before == 0 ? null : 100.0 * savingsVnd(day) / before;
	}

	/** Reviewed ÷ planned, in percent. */
	public double completionPercent(LocalDate day) {
		return items.isEmpty() ? 0 : 100.0 * reviewedBy(day).size() / items.size();
	}

	/** One procedure of the plan. */
	public record Item(String code, String name, Set<ReviewOutcome> outcomes, @Nullable Long costBeforeVnd,
			@Nullable Long costAfterVnd, @Nullable LocalDate reviewedOn) {

		public boolean reviewedBy(LocalDate day) {
			return reviewedOn != null && !reviewedOn.isAfter(day);
		}

		boolean costed() {
			return costBeforeVnd != null && costAfterVnd != null;
		}

		/** Cost before − cost after, in VND (0 without costs). */
		public long savingsVnd() {
			return costed() ? costBeforeVnd - costAfterVnd : 0;
		}
	}
}
