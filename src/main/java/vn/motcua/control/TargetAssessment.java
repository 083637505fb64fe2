package vn.motcua.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * The state of a target on a day (docs/control.md, "At risk"). A value that meets its threshold is {@code MET}.
 * Otherwise, once the plan's year is over the target is {@code MISSED}. Before that the year is projected
 * linearly: the records measured so far cover the elapsed share of the year, so the year will bring about
 * {@code denominator × days in year ÷ days elapsed} records. If even every remaining record counting (a floor) or
 * waiting zero minutes (a ceiling) could not bring the year's value to the threshold, the target is {@code MISSED}
 * already; else it is {@code AT_RISK}. A target with nothing measured yet is {@code AT_RISK} (MISSED after the
 * year); a target over procedures (no volume) is {@code AT_RISK} until the year ends.
 */
final class TargetAssessment {

	private TargetAssessment() {
	}

	static TargetState state(Indicator indicator, double target, IndicatorMeasurement.Measured measured, int year,
			LocalDate on) {
		Double value = measured.value();
		boolean over = !on.isBefore(LocalDate.of(year, 12, 31));
		if (value != null && (indicator.maximum() ? value <= target : value >= target)) {
			return TargetState.MET;
		}
		if (over) {
			return TargetState.MISSED;
		}
		if (value == null || !indicator.volume()) {
			return TargetState.AT_RISK;
		}
		Double best = best(indicator, measured, year, on);
		if (best == null) {
			return TargetState.AT_RISK;
		}
		boolean reachable = indicator.maximum() ? best <= target : best >= target;
		return reachable ? TargetState.AT_RISK : TargetState.MISSED;
	}

	/** The best value the year can still reach under the linear projection. */
	static @Nullable Double best(Indicator indicator, IndicatorMeasurement.Measured measured, int year, LocalDate on) {
		LocalDate start = LocalDate.of(year, 1, 1);
		if (on.isBefore(start)) {
			return null;
		}
		long elapsed = ChronoUnit.DAYS.between(start, on) + 1;
		long days = start.lengthOfYear();
		double projected = Math.max(measured.denominator(), measured.denominator() * (double) days / elapsed);
		double remaining = projected - measured.denominator();
		if (indicator.maximum()) {
			return measured.numerator() / projected;
		}
		return 100.0 * (measured.numerator() + remaining) / projected;
	}

	/** How the projection reads, for the progress page. */
	static String explain(Indicator indicator, TargetState state, @Nullable Double best) {
		return switch (state) {
			case MET -> "Đang đạt chỉ tiêu";
			case MISSED -> best == null ? "Hết năm kế hoạch, không đạt chỉ tiêu"
					: "Dù phần còn lại của năm đều đạt, cả năm chỉ được khoảng " + number(best) + " " + indicator.unit();
			case AT_RISK -> !indicator.volume() ? "Chưa đạt; tỷ lệ tính trên danh mục thủ tục, còn đến hết năm để cải thiện"
					: best == null ? "Chưa đạt; chưa có số liệu để dự báo"
							: "Chưa đạt nhưng còn khả năng đạt (tốt nhất khoảng " + number(best) + " " + indicator.unit()
									+ " nếu giữ nhịp hiện tại)";
		};
	}

	private static String number(double value) {
		return String.valueOf(Math.round(value * 10) / 10.0).replace('.', ',');
	}
}
