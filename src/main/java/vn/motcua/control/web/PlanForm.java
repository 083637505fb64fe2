package vn.motcua.control.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import vn.motcua.control.ControlCommands.PlanCommand;
import vn.motcua.control.ControlCommands.TargetCommand;
import vn.motcua.control.ControlPlan;
import vn.motcua.control.Indicator;
import vn.motcua.shared.InvalidInputException;

/** The plan form (kế hoạch kiểm soát TTHC): year, title and a threshold per indicator (empty: no target). */
record PlanForm(@Nullable Integer year, @Nullable String title, Map<String, String> targets) {

	PlanForm {
		targets = targets == null ? new LinkedHashMap<>() : targets;
	}

	/** A blank form for a year's plan. */
	static PlanForm in(int year) {
		return new PlanForm(year, null, new LinkedHashMap<>());
	}

	static PlanForm of(ControlPlan plan) {
		Map<String, String> targets = new LinkedHashMap<>();
		plan.targets().forEach(t -> targets.put(t.indicator().name(),
				t.target() == Math.rint(t.target()) ? String.valueOf((long) t.target()) : String.valueOf(t.target())));
		return new PlanForm(plan.year(), plan.title(), targets);
	}

	PlanCommand command() {
		return new PlanCommand(null, year == null ? 0 : year, title == null ? "" : title, List.of(), goals(), null);
	}

	/** The thresholds typed, as commands; a value that is not a number is refused naming its indicator. */
	List<TargetCommand> goals() {
		List<TargetCommand> goals = new ArrayList<>();
		for (Indicator i : Indicator.values()) {
			String value = targets.get(i.name());
			if (value != null && !value.isBlank()) {
				try {
					goals.add(new TargetCommand(i.name(), Double.valueOf(value.strip().replace(',', '.'))));
				}
				catch (NumberFormatException ex) {
					throw new InvalidInputException("title", "Chỉ tiêu \"" + i.label() + "\" phải là số");
				}
			}
		}
		return goals;
	}
}
