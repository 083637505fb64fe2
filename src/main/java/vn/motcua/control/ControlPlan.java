package vn.motcua.control;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An agency's annual procedure-control plan (kế hoạch kiểm soát TTHC, like seed 004): its tasks and the targets
 * measured from the data of its year.
 */
public record ControlPlan(UUID id, UUID agencyId, int year, String title, List<PlanTask> tasks, List<Target> targets) {

	/** 1 January of the plan's year. */
	public LocalDate start() {
		return LocalDate.of(year, 1, 1);
	}

	/** 31 December of the plan's year. */
	public LocalDate end() {
		return LocalDate.of(year, 12, 31);
	}

	/** A target: an indicator and its threshold (a floor, or a ceiling for a maximum indicator). */
	public record Target(Indicator indicator, double target) {
	}
}
