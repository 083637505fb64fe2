package vn.motcua.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks the printed equalities of a form ("3=4+5+6") on one row of cells. */
final class FormulaCheck {

	private FormulaCheck() {
	}

	static List<String> violations(List<String> checks, Map<String, Long> cells, String rowLabel) {
		List<String> violations = new ArrayList<>();
		for (String check : checks) {
			String[] sides = check.replace(" ", "").split("=");
			long left = sum(sides[0], cells);
			long right = sum(sides[1], cells);
			if (left != right) {
				violations.add("Dòng \"" + rowLabel + "\": (" + sides[0].replace("+", ")+(") + ") = " + left
						+ " khác (" + sides[1].replace("+", ")+(") + ") = " + right);
			}
		}
		return violations;
	}

	private static long sum(String side, Map<String, Long> cells) {
		long total = 0;
		for (String column : side.split("\\+")) {
			total += cells.getOrDefault(column, 0L);
		}
		return total;
	}
}
